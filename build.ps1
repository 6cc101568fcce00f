<#
.SYNOPSIS
    Builds, tests and demonstrates the VicidialLeads module.
.DESCRIPTION
    build  compiles the module and assembles out/VicidialLeads (manifest, dll, format file, help).
    test   builds, runs every xunit and Pester test, prints "N passed, N failed", exits non-zero on failure.
    demo   builds, starts the bundled VICIdial-compatible test server with sample leads (unless -Server is
           given), connects, and runs Import-Csv <numbers> | Search-VicidialLead | Format-Table.
    bench  builds, then measures the module against a naive Invoke-RestMethod loop and raw HTTP on a test
           server holding a million leads; prints figures and ratios.
    package builds, then publishes out/VicidialLeads to a temporary local repository with PSResourceGet and
           leaves the .nupkg in out/package; prints its path.
.EXAMPLE
    dotnet pwsh ./build.ps1 demo
.EXAMPLE
    dotnet pwsh ./build.ps1 demo -Server https://vicidial.example.com -Credential (Get-Credential) -NumbersFile ./numbers.csv
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'demo', 'bench', 'package')]
    [string] $Task = 'build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # demo: a real server to search instead of the bundled test server.
    [string] $Server,

    # demo: the API user for -Server.
    [pscredential] $Credential,

    # demo: a CSV with a phone_number (or Phone, PhoneNumber, Number) column.
    [string] $NumbersFile = (Join-Path $PSScriptRoot 'tests/fixtures/sample-numbers.csv'),

    # demo: use the module and test server already built (the tests run the demo this way).
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$Root = $PSScriptRoot
$OutDir = Join-Path $Root 'out'
$ModuleOut = Join-Path $OutDir 'VicidialLeads'
$Manifest = Join-Path $Root 'VicidialLeads.psd1'

function Invoke-Dotnet {
    # A simple function (no param block), so that dotnet's own switches such as -v or -p: pass through untouched.
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    # The manifest's ModuleVersion is the one place the version is written.
    $version = (Import-PowerShellDataFile $Manifest).ModuleVersion
    Invoke-Dotnet build (Join-Path $Root 'VicidialLeads.slnx') -c $Configuration --nologo --verbosity quiet "-p:Version=$version" "-p:VicidialLeadsVersion=$version"

    if (Test-Path $ModuleOut) { Remove-Item $ModuleOut -Recurse -Force }
    New-Item -ItemType Directory -Path $ModuleOut | Out-Null
    $bin = Join-Path $Root "src/VicidialLeads/bin/$Configuration/netstandard2.0"
    Copy-Item (Join-Path $bin 'VicidialLeads.dll') $ModuleOut
    Copy-Item $Manifest $ModuleOut
    Copy-Item (Join-Path $Root 'LICENSE') $ModuleOut
    Copy-Item (Join-Path $Root 'src/VicidialLeads/VicidialLeads.Format.ps1xml') $ModuleOut
    $help = New-Item -ItemType Directory -Path (Join-Path $ModuleOut 'en-US')
    Copy-Item (Join-Path $Root 'en-US/about_*.help.txt') $help
    # MAML help is generated from the editable sources in en-US, in a separate process that loads the module.
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'src/Help/New-MamlHelp.ps1') `
        -ModulePath $ModuleOut -SourcePath (Join-Path $Root 'en-US') -OutputPath (Join-Path $help 'VicidialLeads.dll-Help.xml')
    if ($LASTEXITCODE -ne 0) { throw 'Generating the help failed.' }
    Write-Host "Module assembled in $ModuleOut"
}

function Get-PesterModulePath {
    # Pester comes from its NuGet package, whose tools/ folder is the module.
    Invoke-Dotnet restore (Join-Path $Root 'tests/PesterTools/PesterTools.csproj') --nologo --verbosity quiet
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $path = Join-Path $packages 'pester/6.2.0/tools/Pester.psd1'
    if (-not (Test-Path $path)) { throw "Pester 6.2.0 was not restored to $path." }
    $path
}

function Get-TrxCounts([string] $Folder) {
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($file in Get-ChildItem $Folder -Filter *.trx -Recurse) {
        $counters = ([xml](Get-Content -LiteralPath $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $skipped += [int]$counters.total - [int]$counters.executed
    }
    [pscustomobject]@{ Passed = $passed; Failed = $failed; Skipped = $skipped }
}

function Invoke-Test {
    Invoke-Build
    $results = Join-Path $OutDir 'test-results'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }

    # xunit: the core, the cmdlets hosted in-process, and the test server against the captures. A test that hangs
    # fails the run after five minutes and is named, rather than holding the run to CI's limit.
    & dotnet test (Join-Path $Root 'VicidialLeads.slnx') -c $Configuration --no-build --nologo --blame-hang-timeout 5m --blame-hang-dump-type none `
        --logger 'trx' --logger 'console;verbosity=minimal' --results-directory (Join-Path $results 'xunit')
    $xunitExit = $LASTEXITCODE
    $xunit = Get-TrxCounts (Join-Path $results 'xunit')

    # Pester: the built module in a separate pwsh, as a user would load it.
    $pesterJson = Join-Path $results 'pester.json'
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tests/Invoke-PesterTests.ps1') `
        -PesterPath (Get-PesterModulePath) -ModulePath $ModuleOut -ResultPath $pesterJson -Configuration $Configuration
    $pesterExit = $LASTEXITCODE
    $pester = if (Test-Path $pesterJson) { Get-Content $pesterJson -Raw | ConvertFrom-Json } else { [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 } }

    $passed = $xunit.Passed + $pester.Passed
    $failed = $xunit.Failed + $pester.Failed
    Write-Host ''
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed, $($xunit.Skipped) skipped"
    Write-Host "Pester: $($pester.Passed) passed, $($pester.Failed) failed, $($pester.Skipped) skipped"
    # The one summary line CI reads.
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $passed -eq 0 -or $xunitExit -ne 0 -or $pesterExit -ne 0) { exit 1 }
}

function Invoke-Demo {
    if (-not $NoBuild) { Invoke-Build }
    Import-Module (Join-Path $Root 'tests/VicidialTestServer.psm1') -Force
    Import-Module $ModuleOut -Force
    $testServer = $null
    try {
        if (-not $Server) {
            $testServer = Start-VicidialTestServer -Configuration $Configuration
            $Server = $testServer.ApiUri
            # The bundled test server's own demo user; a real server needs a real -Credential.
            $Credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
            Write-Host "Started the bundled VICIdial-compatible test server at $Server"
        }
        elseif (-not $Credential) {
            $Credential = Get-Credential -Message "VICIdial API user for $Server"
        }

        # The bundled server speaks plain http on 127.0.0.1; for any other server the clear-text warning shows.
        $warnings = if ($testServer) { 'SilentlyContinue' } else { 'Continue' }
        $session = Connect-VicidialApi -Server $Server -Credential $Credential -PassThru -WarningAction $warnings
        Write-Host "Connected: $session"
        Write-Host "Import-Csv $NumbersFile | Search-VicidialLead | Format-Table"
        # Rejected values are listed after the table, so that the demo itself ends successfully.
        Import-Csv $NumbersFile | Search-VicidialLead -ErrorVariable rejected -ErrorAction SilentlyContinue | Format-Table | Out-Host
        foreach ($record in $rejected) { Write-Host "Not searched: $($record.Exception.Message)" }
        Disconnect-VicidialApi
    }
    finally {
        if ($testServer) { Stop-VicidialTestServer $testServer }
    }
}

function Invoke-Benchmark {
    Invoke-Build
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tests/Invoke-Benchmark.ps1') -ModulePath $ModuleOut -Configuration $Configuration
    if ($LASTEXITCODE -ne 0) { exit 1 }
}

function Invoke-Package {
    Invoke-Build
    $packageDir = Join-Path $OutDir 'package'
    if (Test-Path $packageDir) { Remove-Item $packageDir -Recurse -Force }
    New-Item -ItemType Directory -Path $packageDir | Out-Null
    Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
    # PSResourceGet only publishes to a registered repository and has no per-process registration, so a
    # uniquely named one is registered for the moment and always removed, leaving the user's list as it was.
    $repository = "VicidialLeads-package-$([guid]::NewGuid().ToString('N'))"
    try {
        Register-PSResourceRepository -Name $repository -Uri $packageDir -Trusted
        Publish-PSResource -Path $ModuleOut -Repository $repository
    }
    finally {
        Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue
    }
    # NuGet normalizes the version in the file name (1.0.0.0 becomes 1.0.0), so take whatever was written.
    $package = @(Get-ChildItem $packageDir -Filter 'VicidialLeads.*.nupkg')
    if ($package.Count -ne 1) { throw "Publishing did not produce one VicidialLeads .nupkg in $packageDir." }
    Write-Host "Package: $($package[0].FullName)"
}

switch ($Task) {
    'build' { Invoke-Build }
    'test' { Invoke-Test }
    'demo' { Invoke-Demo }
    'bench' { Invoke-Benchmark }
    'package' { Invoke-Package }
}
