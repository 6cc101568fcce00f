@{
    Synopsis    = 'Connects to the Non-agent API of a VICIdial server and makes the connection the default session.'
    Description = @'
Connect-VicidialApi works out the URL of the server's non_agent_api.php from a host name, a base URL or the full script URL (https is assumed when no scheme is given; when the server then does not answer as an https server, or nothing listens on port 443, the error says so and names the http:// URL to try, after checking with function=version, which carries no credentials, whether that URL is a VICIdial API), then proves two things before it returns: that the URL answers function=version as VICIdial does, and that the server accepts the credentials (one lead_search that reads no lead). A wrong password, or a locked or IP-blocked user, fails here, once, with the server's reason in plain words. A user that logs in but may not search leads (no Modify Leads, or lead_search not among its API Allowed Functions) connects with a warning that names the setting: Search-VicidialLead and Get-VicidialLead are then refused, while the commands that need other settings (call logs, callbacks, DNC numbers) work. The login is never retried, because VICIdial locks a user for 15 minutes after 10 failed logins.

The session keeps the password as a SecureString: it appears in no property, no text and no error, even when the server echoes it back. The session becomes the default of this runspace for Search-VicidialLead and Get-VicidialLead; -PassThru also writes it to the pipeline, and Get-VicidialSession shows it at any time. Requests are form-encoded POSTs by default, which keeps credentials out of URLs and web server logs.

The session's settings (-Source, -TimeoutSec, -UseGet, -SkipCertificateCheck, -MaximumRetryCount, -RetryIntervalSec, -MaximumResponseSizeMB, -MaximumOutageSec, -MaximumConsecutiveFailures and -MaximumRequestsPerSecond) apply to every request that Search-VicidialLead and Get-VicidialLead send through it, whether it is the default session or passed with -Session. Get-VicidialSession shows them; Disconnect-VicidialApi closes the session.
'@
    Parameters  = @{
        Server               = 'The server: a host name (vicidial.example.com), a base URL (https://vicidial.example.com) or the full URL of non_agent_api.php. A host name or base URL gets /vicidial/non_agent_api.php appended. Plain http works but writes a warning that the credentials travel in clear text.'
        Credential           = 'The API user and password, as a PSCredential. A user name alone (-Credential apiuser, or a numeric VICIdial user such as -Credential 6666) prompts for that user''s password. When omitted in an interactive session, PowerShell prompts for it; in a non-interactive session the command fails instead of waiting.'
        Source               = @{ Description = 'Who is calling, as the server logs it in its api_log: 2 to 20 letters or digits.'; Default = 'VicidialLeads' }
        SkipCertificateCheck = 'Accepts any TLS certificate. Prefer -CertificateThumbprint for a self-signed certificate; use this only for a server you control: anyone in the network path could otherwise read the credentials.'
        CertificateThumbprint = 'Trusts the one server certificate with this SHA-256 thumbprint (64 hex digits; colons, spaces and lower case allowed), whatever its issuer: the way to use the self-signed certificate of a ViciBox server without turning checks off. The error of an untrusted certificate names its thumbprint; check it on the server (openssl x509 -noout -fingerprint -sha256 -in the certificate) before pinning it. Not with -SkipCertificateCheck.'
        Proxy = 'The proxy server to send requests through, as with Invoke-RestMethod (http://proxy.example:3128). When omitted, the system''s proxy settings apply.'
        ProxyCredential = 'The account the proxy asks for.'
        ProxyUseDefaultCredentials = 'Authenticates to the proxy as the current user.'
        NoProxy = 'Connects directly, ignoring the system''s proxy settings. Not with -Proxy.'
        TimeoutSec           = @{ Description = 'How long one request of Search-VicidialLead or Get-VicidialLead may take, in seconds (1 to 3600).'; Default = '30' }
        UseGet               = 'Sends requests as GET instead of a form-encoded POST. The password then travels in the URL and may be written to the server''s access log. Batches shrink so that no request passes Apache''s URL length limit.'
        MaximumRetryCount    = @{ Description = 'How many times Search-VicidialLead and Get-VicidialLead retry a request after a connection fault, a time-out, an HTTP 5xx answer or a body that is not VICIdial''s (0 to 10). A rejected login is never retried.'; Default = '2' }
        RetryIntervalSec     = @{ Description = 'The wait before the first retry, in seconds; it doubles for each later retry (0 to 60).'; Default = '0.5' }
        MaximumConsecutiveFailures = @{ Description = 'The circuit breaker''s count (1 to 1000): a run of Search-VicidialLead or Get-VicidialLead stops with one terminating ConnectionError (ServerUnavailable) when this many requests in a row fail after their retries, so a server that answers every request with HTTP 5xx or a page that is not VICIdial''s ends the run quickly instead of writing one error per number. A success resets the count.'; Default = '3' }
        MaximumOutageSec     = @{ Description = 'The circuit breaker''s time (1 to 86400 seconds). When a request fails as an outage would make it fail (connection refused or reset, time-out, HTTP 5xx, a body that is not VICIdial''s), Search-VicidialLead and Get-VicidialLead hold the run: nothing new is sent while a check of the API (check_phone_number of a fixed number, which the server logs as SUCCESS, or for a user not allowed it the lead_search login check of Connect-VicidialApi; neither reads a lead) asks the server again, first after -RetryIntervalSec, then at doubling waits of at most 2 seconds. When the server answers, the held requests go again and the failures caused by the outage do not count as retries, so a web server restart costs nothing. When requests have kept failing for this many seconds, with no success in between, and a check of the API fails too, the run stops with one terminating ConnectionError (ServerUnavailable) that says what the server did, how many inputs were answered, failed and not sent, and how to resume.'; Default = '30' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second of every Search-VicidialLead and Get-VicidialLead run on this session together (0 to 10000; 0 means no limit), kept with a token bucket. VICIdial''s lead tables are MyISAM: each lead_search locks the table while it runs and the dialer''s own writes queue behind it, so a limit keeps a big lookup during calling hours polite. A command''s own -MaximumRequestsPerSecond overrides it for that command.'; Default = '0 (no limit)' }
        MaximumResponseSizeMB = @{ Description = 'The largest answer accepted, in MB (1 to 2048). A larger answer is refused as a protocol error, so a misconfigured server or proxy cannot exhaust memory.'; Default = '64' }
        PassThru             = 'Writes the session to the pipeline.'
    }
    Inputs      = @(
        @{ Type = 'None'; Description = 'You cannot pipe objects to Connect-VicidialApi.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.VicidialSession'; Description = 'With -PassThru: the session, showing Server, User, Source, ApiVersion, Build and Method.' }
    )
    Notes       = @'
The API user needs, in the VICIdial admin: user level 8 or more, API access, Modify Leads set to 1 or more, and lead_search (and lead_all_info) among its API Allowed Functions. A dedicated API user limited to those functions and to your automation hosts' IP addresses is the safest choice.
'@
    Examples    = @(
        @{
            Title   = 'A ViciBox server with its self-signed certificate, pinned'
            Code    = 'Connect-VicidialApi -Server vicibox.lan -Credential apiuser -CertificateThumbprint 3F:9A:...:C2'
            Remarks = 'Trusts that one certificate, by the SHA-256 thumbprint the first (refused) connect named and that you checked on the server, instead of -SkipCertificateCheck.'
        }
        @{
            Title   = 'Connect with a prompt for the password'
            Code    = 'Connect-VicidialApi -Server vicidial.example.com -Credential apiuser'
            Remarks = 'PowerShell asks for the password of apiuser. The session goes to https://vicidial.example.com/vicidial/non_agent_api.php and becomes the default for Search-VicidialLead.'
        }
        @{
            Title   = 'Connect from a runbook without prompting'
            Code    = @'
$password = ConvertTo-SecureString $env:VICIDIAL_API_PASSWORD -AsPlainText -Force
$credential = [pscredential]::new($env:VICIDIAL_API_USER, $password)
Connect-VicidialApi -Server https://vicidial.example.com -Credential $credential -Source Runbook -ErrorAction Stop
'@
            Remarks = 'Builds the credential from environment variables (or take it from a secret store) so that nothing waits for input, and stops the runbook if the server refuses the login.'
        }
        @{
            Title   = 'Connect with a credential from SecretManagement'
            Code    = @'
$credential = Get-Secret -Name VicidialApi -Vault RunbookVault
Connect-VicidialApi -Server https://vicidial.example.com -Credential $credential -Source Runbook -ErrorAction Stop
'@
            Remarks = 'Microsoft.PowerShell.SecretManagement returns a secret stored as a PSCredential (Set-Secret -Name VicidialApi -Secret (Get-Credential)) as a PSCredential, which -Credential takes as it is; the password never appears in the script.'
        }
        @{
            Title   = 'Connect as a numeric user to a plain-http server on the LAN'
            Code    = 'Connect-VicidialApi -Server http://192.0.2.10 -Credential 6666'
            Remarks = 'VICIdial users are often numbers: PowerShell asks for the password of user 6666. With http:// the module warns that the password travels unencrypted.'
        }
        @{
            Title   = 'Keep the session and pass it explicitly'
            Code    = @'
$session = Connect-VicidialApi -Server https://vicidial.example.com/vicidial/non_agent_api.php -Credential $credential -PassThru
$session
Search-VicidialLead 9998885112 -Session $session
'@
            Remarks = 'Shows the session (server, user, source, API version, build and method; never the password) and uses it for a search.'
        }
    )
    Links       = @('Search-VicidialLead', 'Get-VicidialLead', 'Get-VicidialSession', 'Disconnect-VicidialApi', 'about_VicidialLeads')
}
