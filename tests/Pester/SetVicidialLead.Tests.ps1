# Set-, Remove- and Restore-VicidialLead in the built module, against the test server in its own process.
BeforeAll {
    Import-Module $env:VICIDIALLEADS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
    $script:canary = 'Pester-Canary-7a2f0c11-Password'
    Invoke-VicidialTestServerControl $testServer users -Query @{ user = 'pester'; pass = $canary } | Out-Null
    $script:credential = [pscredential]::new('pester', (ConvertTo-SecureString $canary -AsPlainText -Force))
}

AfterAll {
    Disconnect-VicidialApi
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'Changing leads against the test server' {
    BeforeEach {
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -RetryIntervalSec 0.01 -WarningAction SilentlyContinue
    }

    It 'syncs statuses from a CSV: -WhatIf changes nothing, then each lead is changed and read back' {
        $csv = Join-Path $TestDrive 'crm.csv'
        "lead_id,status,First Name,crm_note`n4150,SALE,Maria,vip`n4151,,Bo,`n" | Set-Content $csv
        Import-Csv $csv | Set-VicidialLead -WhatIf
        (Get-VicidialLead 4150).Status | Should -Be 'NEW'
        $results = Import-Csv $csv | Set-VicidialLead -PassThru
        $results | Should -HaveCount 2
        $results[0] | Should -BeOfType ([VicidialLeads.LeadChangeResult])
        $results.Action | Should -Be @('Updated', 'Updated')
        $results[0].InputObject.crm_note | Should -Be 'vip'
        $leads = Get-VicidialLead 4150, 4151
        $leads.Status | Should -Be @('SALE', 'NEW')
        $leads.FirstName | Should -Be @('Maria', 'Bo')
        (Import-Csv $csv | Set-VicidialLead -PassThru).Action | Should -Be @('Unchanged', 'Unchanged')
    }

    It 'refuses a value the server would strip, naming what would be stored' {
        { Set-VicidialLead 4152 -City 'Zürich' } | Should -Throw -ErrorId 'ValueWouldBeChanged*' -ExpectedMessage "*city 'Zürich' as 'Zrich'*"
        [pscustomobject]@{ lead_id = 4152; city = 'Zürich' } | Set-VicidialLead -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused | Should -HaveCount 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'ValueWouldBeChanged*'
        $refused[0].TargetObject.lead_id | Should -Be 4152
        (Get-VicidialLead 4152).City | Should -Not -Be 'Zrich'
        (Set-VicidialLead 4152 -City 'Zürich' -AllowCleanedValues -PassThru -WarningAction SilentlyContinue).Cleaned.Stored | Should -Be 'Zrich'
        (Get-VicidialLead 4152).City | Should -Be 'Zrich'
    }

    It 'deletes a lead once and reports it already gone the second time' {
        (Remove-VicidialLead 4153 -Confirm:$false -PassThru).Action | Should -Be 'Deleted'
        (Remove-VicidialLead 4153 -Confirm:$false -PassThru).Action | Should -Be 'AlreadyGone'
        (Search-VicidialLead 2025550252).LeadIds | Should -BeNullOrEmpty
    }

    It 'restores archived leads found by a search of the archive' {
        $restored = Search-VicidialLead 7185550123 -Archived | Restore-VicidialLead -PassThru
        $restored.Action | Should -Be @('Restored', 'Restored')
        (Search-VicidialLead 7185550123).LeadIds | Should -Be @(5002, 5001)
        (Restore-VicidialLead 5001 -PassThru).Action | Should -Be 'AlreadyActive'
    }
}
