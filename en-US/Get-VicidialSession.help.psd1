@{
    Synopsis    = 'Shows the current VICIdial session of this runspace: server, user and settings.'
    Description = @'
Get-VicidialSession writes the session that Connect-VicidialApi made last in this runspace, the one Search-VicidialLead and Get-VicidialLead use when no -Session is given. It shows where and as whom the cmdlets connect (Server, User, Source), what the server is (ApiVersion, Build), how requests go (Method, TimeoutSec, MaximumRetryCount, RetryIntervalSec, MaximumResponseSizeMB, SkipCertificateCheck), when a run stops for an outage (MaximumOutageSec, MaximumConsecutiveFailures), how many requests per second all commands on it may send together (MaximumRequestsPerSecond, 0 for no limit) and since when the session exists (ConnectedSince). The password is in no property.

When there is no session (none was made, or Disconnect-VicidialApi closed it), Get-VicidialSession writes nothing and a warning that says how to connect, so `if (-not (Get-VicidialSession -WarningAction SilentlyContinue)) { ... }` tests for a connection.
'@
    Parameters  = @{}
    Inputs      = @(
        @{ Type = 'None'; Description = 'You cannot pipe objects to Get-VicidialSession.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.VicidialSession'; Description = 'The current session, shown as a list of its settings; nothing when there is none.' }
    )
    Notes       = @'
A session lives in its runspace and can be shared by threads of the same process (ForEach-Object -Parallel and Start-ThreadJob with $using:session). It cannot travel to another process: Start-Job and remoting would receive a copy without the connection, so connect inside the job instead.
'@
    Examples    = @(
        @{
            Title   = 'See where the cmdlets connect'
            Code    = 'Get-VicidialSession'
            Remarks = 'Shows the server, user, source, API version and request settings of the default session.'
        }
        @{
            Title   = 'Connect only when not connected yet'
            Code    = @'
if (-not (Get-VicidialSession -WarningAction SilentlyContinue)) {
    Connect-VicidialApi -Server https://vicidial.example.com -Credential $credential
}
'@
            Remarks = 'A script that may run in a session that is already connected reuses the existing session.'
        }
        @{
            Title   = 'Check the settings before a long run'
            Code    = 'Get-VicidialSession | Select-Object Server, User, Method, TimeoutSec, MaximumRetryCount, MaximumOutageSec, MaximumRequestsPerSecond'
            Remarks = 'Selects the settings that decide how a long search behaves when the server is slow or fails.'
        }
    )
    Links       = @('Connect-VicidialApi', 'Disconnect-VicidialApi', 'about_VicidialLeads')
}
