# Unattended use: no prompt may hang a runbook, and errors must be catchable the usual ways.
BeforeAll {
    Import-Module $env:VICIDIALLEADS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
    $script:credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
}

AfterAll {
    Disconnect-VicidialApi
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'In a runbook' {
    It 'fails clearly, without waiting for input, when -Credential is missing in a non-interactive session' {
        $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
        foreach ($argument in 'pwsh', '-NoProfile', '-NonInteractive', '-Command',
            "Import-Module '$env:VICIDIALLEADS_MODULE_PATH'; Connect-VicidialApi -Server '$($testServer.ApiUri)'") {
            $info.ArgumentList.Add($argument)
        }
        $info.WorkingDirectory = Join-Path $PSScriptRoot '../..'
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.RedirectStandardInput = $true
        $process = [System.Diagnostics.Process]::Start($info)
        $errorText = $process.StandardError.ReadToEndAsync()
        $exited = $process.WaitForExit(60000)
        if (-not $exited) { $process.Kill() }
        $exited | Should -BeTrue -Because 'a missing credential must not wait for input'
        $process.ExitCode | Should -Not -Be 0
        $errorText.Result | Should -Match 'Credential'
        $process.Dispose()
    }

    It 'turns a per-number error into a stop with -ErrorAction Stop' {
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -WarningAction SilentlyContinue
        $seen = [System.Collections.Generic.List[object]]::new()
        { '9998886112', 'not-a-number', '9998885112' | Search-VicidialLead -ErrorAction Stop | ForEach-Object { $seen.Add($_) } } |
            Should -Throw -ExpectedMessage "*'not-a-number' is not a phone number*"
        $seen.PhoneNumber | Should -Be @('9998886112')
    }

    It 'collects per-number errors with -ErrorVariable and keeps the results' {
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -WarningAction SilentlyContinue
        $results = '9998886112', '12', '9998885112' | Search-VicidialLead -ErrorVariable failures -ErrorAction SilentlyContinue
        $results.RecordsFound | Should -Be @(1, 4)
        $failures.TargetObject | Should -Be @('12')
    }

    It 'shows every example in Get-Help -Examples' {
        $examples = Get-Help Search-VicidialLead -Examples | Out-String -Width 200
        $examples | Should -Match 'Import-Csv numbers.csv \| Search-VicidialLead'
        $examples | Should -Match 'Export-Csv leads.csv'
        (Get-Help Get-VicidialLead -Full | Out-String) | Should -Match 'IncludeCustomFields'
        (Get-Help about_VicidialLeads | Out-String) | Should -Match 'TROUBLESHOOTING'
    }
}
