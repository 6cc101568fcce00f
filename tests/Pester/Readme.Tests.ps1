# Runs every `powershell` code block of README.md against the test server, so the README cannot drift from
# the code. Example host names and the interactive credential become the test server and a test credential.
BeforeDiscovery {
    $readme = Get-Content (Join-Path $PSScriptRoot '../../README.md') -Raw
    $script:blocks = [regex]::Matches($readme, '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object -Begin { $i = 0 } -Process {
        $i++
        @{ Number = $i; Code = $_.Groups[1].Value }
    }
}

BeforeAll {
    Import-Module $env:VICIDIALLEADS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
    # Imported by path, as after build.ps1 build, and NOT in a module path: the README's -Parallel and thread-job
    # examples must load the module in their runspaces themselves.

    function script:ConvertTo-TestCode([string] $Code) {
        $Code -replace 'https://vicidial\.example\.com', $testServer.ApiUri `
              -replace 'vicidial\.example\.com', $testServer.ApiUri `
              -replace '-Credential apiuser', '-Credential $credential' `
              -replace '-Credential listadmin', '-Credential $listAdmin'
    }
}

AfterAll {
    Disconnect-VicidialApi
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'README code block <Number>' -ForEach $blocks {
    BeforeEach {
        Push-Location $TestDrive
        "phone_number,name`n999-888-5112,Maria`n(999) 888-7112,James`n4075551212,Nobody`n" | Set-Content numbers.csv
        "lead_id`n1013`n1002`n" | Set-Content ids.csv
        "customer,Mobile`nAnn,+1 999-888-5112`nBob,(999) 888-6112`nCy,999.888.7112`n" | Set-Content customers.csv
        $env:VICIDIAL_API_USER = '6666'
        $env:VICIDIAL_API_PASSWORD = '1234'
        $credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
        # A user with modify_lists and delete_from_dnc, for the DNC examples.
        $listAdmin = [pscredential]::new('apiscratch', (ConvertTo-SecureString 'scratch1234' -AsPlainText -Force))
        # SecretManagement is not installed here: a vault holding the test credential stands in for it.
        function global:Get-Secret([string] $Name, [string] $Vault) {
            if ($Name -ne 'VicidialApi') { throw "No secret '$Name' in vault '$Vault'." }
            [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
        }
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -WarningAction SilentlyContinue
    }

    AfterEach {
        Remove-Item Function:\Get-Secret -ErrorAction SilentlyContinue
        Remove-Item Env:\VICIDIAL_API_USER, Env:\VICIDIAL_API_PASSWORD -ErrorAction SilentlyContinue
        Pop-Location
    }

    It 'runs without errors' {
        $code = ConvertTo-TestCode $Code
        if ($code -match '(?m)^Describe ') {
            # A Pester example runs in its own Pester, in a child process.
            $script = "Import-Module '$env:VICIDIALLEADS_PESTER_PATH'; Import-Module '$env:VICIDIALLEADS_MODULE_PATH'; " +
                '$r = Invoke-Pester -Container (New-PesterContainer -ScriptBlock { ' + $code + ' }) -PassThru -Output None; ' +
                'if ($r.PassedCount -lt 1 -or $r.FailedCount -gt 0) { exit 1 }'
            # From the repository, where the tool manifest makes `dotnet pwsh` available.
            Push-Location (Join-Path $PSScriptRoot '../..')
            try { & dotnet pwsh -NoProfile -NonInteractive -Command $script }
            finally { Pop-Location }
            $LASTEXITCODE | Should -Be 0
        }
        else {
            $Error.Clear()
            $null = & ([scriptblock]::Create($code)) 3>$null
            $Error | Should -BeNullOrEmpty
        }
    }
}

Describe 'The quick start demo' {
    It 'shows one result per sample number and the error for the invalid one' {
        Push-Location (Join-Path $PSScriptRoot '../..')
        try {
            $output = & dotnet pwsh -NoProfile -NonInteractive -File ./build.ps1 demo -NoBuild -Configuration $env:VICIDIALLEADS_CONFIGURATION 2>&1 | Out-String
        }
        finally { Pop-Location }
        $LASTEXITCODE | Should -Be 0
        $output | Should -Match 'Started the bundled VICIdial-compatible test server'
        $output | Should -Match '9998885112\s+4 1011-1007-1004-1001'
        $output | Should -Match '3125550000\s+1000\+ 3500-3499'
        $output | Should -Match '4075551212\s+0'
        $output | Should -Match "'12345' has 5 digits"
    }
}
