# Runs the Pester suite against the built module and writes the counts as JSON for build.ps1.
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ResultPath,
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force

$env:VICIDIALLEADS_MODULE_PATH = $ModulePath
$env:VICIDIALLEADS_CONFIGURATION = $Configuration
$env:VICIDIALLEADS_PESTER_PATH = $PesterPath

$config = New-PesterConfiguration
$config.Run.Path = Join-Path $PSScriptRoot 'Pester'
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $config

[pscustomobject]@{
    Passed  = $result.PassedCount
    Failed  = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Skipped = $result.SkippedCount
} | ConvertTo-Json | Set-Content -Path $ResultPath
if ($result.Result -ne 'Passed') { exit 1 }
