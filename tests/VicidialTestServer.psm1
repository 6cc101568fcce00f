# Starts and controls the bundled VICIdial-compatible test server as a separate process, for the
# Pester tests and the demo. The server listens on a free 127.0.0.1 port and exits with its parent.

function Start-VicidialTestServer {
    [CmdletBinding()]
    param(
        [ValidateSet('Debug', 'Release')]
        [string] $Configuration = 'Release',
        # A TSV in the format of tests/fixtures/vicidial/seeded_leads.tsv; the seeded leads when omitted.
        [string] $LeadsFile,
        # Extra random leads to load (for benchmarks).
        [int] $GeneratedLeads = 0,
        [int] $TimeoutSec = 60
    )
    $dll = Join-Path $PSScriptRoot "VicidialLeads.TestServer/bin/$Configuration/net10.0/VicidialLeads.TestServer.dll"
    if (-not (Test-Path $dll)) { throw "The test server is not built: $dll is missing. Run ./build.ps1 build first." }

    $arguments = @($dll, '--port', '0', '--parent-pid', "$PID")
    if ($LeadsFile) { $arguments += @('--leads', $LeadsFile) }
    if ($GeneratedLeads -gt 0) { $arguments += @('--generate', "$GeneratedLeads") }

    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in $arguments) { $info.ArgumentList.Add($argument) }
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)

    $line = $process.StandardOutput.ReadLineAsync()
    if (-not $line.Wait([TimeSpan]::FromSeconds($TimeoutSec)) -or $null -eq $line.Result -or $line.Result -notmatch '^Listening on (\S+)') {
        if (-not $process.HasExited) { $process.Kill() }
        throw "The test server did not start within $TimeoutSec seconds."
    }
    $apiUri = $Matches[1]
    [pscustomobject]@{
        PSTypeName = 'VicidialLeads.TestServerProcess'
        Process    = $process
        ApiUri     = $apiUri
        BaseUri    = $apiUri -replace 'vicidial/non_agent_api\.php$', ''
    }
}

function Stop-VicidialTestServer {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $TestServer)
    if (-not $TestServer.Process.HasExited) {
        $TestServer.Process.Kill()
        $null = $TestServer.Process.WaitForExit(10000)
    }
    $TestServer.Process.Dispose()
}

function Invoke-VicidialTestServerControl {
    # Calls the test server's /_control/ API (faults, users, statistics, reset).
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] $TestServer,
        [Parameter(Mandatory, Position = 1)] [string] $Path,
        [hashtable] $Query = @{},
        [ValidateSet('Get', 'Post')] [string] $Method = 'Post',
        [string] $Body
    )
    $pairs = foreach ($key in $Query.Keys) { '{0}={1}' -f $key, [uri]::EscapeDataString([string]$Query[$key]) }
    $uri = '{0}_control/{1}' -f $TestServer.BaseUri, $Path
    if ($pairs) { $uri += '?' + ($pairs -join '&') }
    $parameters = @{ Uri = $uri; Method = $Method }
    if ($Body) { $parameters.Body = $Body; $parameters.ContentType = 'text/tab-separated-values' }
    Invoke-RestMethod @parameters
}

Export-ModuleMember -Function Start-VicidialTestServer, Stop-VicidialTestServer, Invoke-VicidialTestServerControl
