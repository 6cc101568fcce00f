<#
.SYNOPSIS
    Measures Get-VicidialCallLog: the call logs of many numbers against the test server, on 127.0.0.1.
.DESCRIPTION
    Gives every other number made-up calls (two outbound, one inbound), then reads the call logs of all of them in a
    fresh process at the default settings (100 numbers per request, outbound and inbound asked separately) and
    reports the seconds, numbers per second, the requests the server saw and the calls written. Invoke-Benchmark.ps1
    runs it on its own server; alone it starts a server of its own. Asserts nothing.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $Configuration = 'Release',
    [int] $Numbers = 10000,
    # A test server that is already running (from Start-VicidialTestServer); one is started when omitted.
    $Server
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
Import-Module (Join-Path $PSScriptRoot 'VicidialTestServer.psm1') -Force
$own = -not $Server
if ($own) { $Server = Start-VicidialTestServer -Configuration $Configuration }
try {
    # Numbers 6100000000 + i; the even ones have calls.
    $first = 6100000000
    Invoke-VicidialTestServerControl $Server calls -Query @{ phoneFrom = $first; count = [math]::Ceiling($Numbers / 2); step = 2; outbound = 2; inbound = 1 } | Out-Null
    Invoke-VicidialTestServerControl $Server reset | Out-Null
    $out = & dotnet pwsh -NoProfile -NonInteractive -Command @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModulePath'
`$credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
Connect-VicidialApi -Server '$($Server.ApiUri)' -Credential `$credential -WarningAction SilentlyContinue
`$numbers = [string[]](0..($Numbers - 1) | ForEach-Object { $first + `$_ })
`$calls = 0
`$t = Measure-Command { Get-VicidialCallLog -PhoneNumber `$numbers | ForEach-Object { `$calls++ } }
'{0} {1}' -f `$t.TotalSeconds, `$calls
"@
    if ($LASTEXITCODE -ne 0) { throw "call log step failed: $out" }
    $fields = "$out".Trim() -split '\s+'
    $stats = Invoke-VicidialTestServerControl $Server stats -Method Get -Query @{ recent = 0 }
    $seconds = [double]$fields[0]
    [pscustomobject]@{
        Run           = "Get-VicidialCallLog -PhoneNumber `$array, $Numbers numbers (default: 100 per request, both directions)"
        Numbers       = $Numbers
        Seconds       = [math]::Round($seconds, 2)
        'Numbers/s'   = [math]::Round($Numbers / $seconds)
        Requests      = $stats.requestsByFunction.phone_number_log
        Calls         = [int]$fields[1]
    }
}
finally {
    if ($own) { Stop-VicidialTestServer $Server }
}
