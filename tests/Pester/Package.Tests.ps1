# The built module as a PowerShell repository serves it: published with PSResourceGet to a local folder
# repository, saved from there, and loaded in a fresh pwsh, all inside $TestDrive.
BeforeAll {
    Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:sourceVersion = [version](Import-PowerShellDataFile (Join-Path $env:VICIDIALLEADS_MODULE_PATH 'VicidialLeads.psd1')).ModuleVersion
    $script:repositoryDir = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'repository')
    $script:installDir = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'modules')

    # Registrations live in the user's PSResourceRepository.xml, so the name is unique and AfterAll removes it.
    $script:repository = "VicidialLeads-test-$([guid]::NewGuid().ToString('N'))"
    Register-PSResourceRepository -Name $repository -Uri $repositoryDir.FullName -Trusted -ErrorAction Stop
    Publish-PSResource -Path $env:VICIDIALLEADS_MODULE_PATH -Repository $repository -ErrorAction Stop
    $script:nupkg = @(Get-ChildItem $repositoryDir -Filter *.nupkg)
    # Install-PSResource only knows the user and machine scopes; Save-PSResource installs into a folder of ours.
    Save-PSResource -Name VicidialLeads -Repository $repository -Path $installDir.FullName -TrustRepository -IncludeXml -Quiet -ErrorAction Stop
    $script:installed = Join-Path $installDir "VicidialLeads/$sourceVersion"

    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
}

AfterAll {
    if ($repository) { Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue }
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'The VicidialLeads package' {
    It 'is one .nupkg holding the module, its help and license, and no other assembly' {
        $nupkg | Should -HaveCount 1
        $nupkg[0].Name | Should -Be "VicidialLeads.$sourceVersion.nupkg"
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($nupkg[0].FullName)
        try { $entries = @($zip.Entries.FullName) } finally { $zip.Dispose() }
        foreach ($file in 'VicidialLeads.psd1', 'VicidialLeads.dll', 'VicidialLeads.Format.ps1xml', 'LICENSE',
            'en-US/VicidialLeads.dll-Help.xml', 'en-US/about_VicidialLeads.help.txt') {
            $entries | Should -Contain $file
        }
        @($entries -like '*.dll') | Should -Be @('VicidialLeads.dll')
    }

    It 'installs a copy with a clean manifest and the gallery metadata' {
        $errors = $null; $warnings = $null
        $manifest = Test-ModuleManifest (Join-Path $installed 'VicidialLeads.psd1') -ErrorVariable errors -WarningVariable warnings
        $errors | Should -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
        $manifest.Version | Should -Be $sourceVersion
        # No project site exists yet: no placeholder address is published in its place.
        $manifest.ProjectUri | Should -BeNullOrEmpty
        $manifest.LicenseUri | Should -BeNullOrEmpty
        foreach ($tag in 'VICIdial', 'callcenter', 'CRM', 'leads') { $manifest.Tags | Should -Contain $tag }
        $manifest.ReleaseNotes | Should -Not -BeNullOrEmpty
        Join-Path $installed 'LICENSE' | Should -Exist
    }

    It 'imports the installed copy in a new pwsh and searches the test server' {
        # A separate process, so the module this session already loaded from out/ cannot answer instead.
        $script = Join-Path $TestDrive 'search.ps1'
        @'
param([string] $ModulesPath, [string] $ApiUri)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $ModulesPath + [IO.Path]::PathSeparator + $env:PSModulePath
Import-Module VicidialLeads
$cred = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
Connect-VicidialApi -Server $ApiUri -Credential $cred -WarningAction SilentlyContinue
$result = Search-VicidialLead 9998885112
Disconnect-VicidialApi
[pscustomobject]@{
    ModuleBase   = (Get-Module VicidialLeads).ModuleBase
    RecordsFound = $result.RecordsFound
    LeadIds      = @($result.LeadIds | ForEach-Object { [long]$_ })
} | ConvertTo-Json -Compress
'@ | Set-Content -Path $script
        # dotnet finds the pwsh tool from the repository's tool manifest, so run it from there.
        Push-Location $repoRoot
        try { $output = & dotnet pwsh -NoProfile -NonInteractive -File $script -ModulesPath $installDir.FullName -ApiUri $testServer.ApiUri 2>&1 }
        finally { Pop-Location }
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        $answer = ($output | Select-Object -Last 1) | ConvertFrom-Json
        $answer.ModuleBase | Should -BeLike "$($installDir.FullName)*"
        $answer.RecordsFound | Should -Be 4
        $answer.LeadIds | Should -Be @(1011, 1007, 1004, 1001)
    }
}
