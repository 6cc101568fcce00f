# Add-VicidialDncNumber and Remove-VicidialDncNumber from the built module, against the test server in its own process.
BeforeAll {
    Import-Module $env:VICIDIALLEADS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
    # The test server's list administrator: modify_lists and delete_from_dnc, as the write captures' apiscratch.
    $script:listAdmin = [pscredential]::new('apiscratch', (ConvertTo-SecureString 'scratch1234' -AsPlainText -Force))
    $script:csv = Join-Path $TestDrive 'optouts.csv'
    @'
customer,Mobile
Ann,+1 727-555-0301
Bob,(727) 555-0302
Cy,not a number
'@ | Set-Content $csv
}

AfterAll {
    Disconnect-VicidialApi
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'Do-not-call numbers against the test server' {
    BeforeEach {
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $listAdmin -RetryIntervalSec 0.01 -WarningAction SilentlyContinue
    }

    It 'handles a DNC request end to end: the customer''s number is listed, and a repeat says so' {
        $found = Search-VicidialLead '(999) 888-6112'
        ($found | Get-VicidialLead).LeadId | Should -Be @(1013)
        $first = $found | Add-VicidialDncNumber
        $again = $found | Add-VicidialDncNumber
        $first | Should -BeOfType ([VicidialLeads.DncNumberResult])
        $first.Status | Should -Be 'Added'
        $first.PhoneNumber | Should -Be '9998886112'
        $first.CampaignId | Should -Be 'SYSTEM_INTERNAL'
        $again.Status | Should -Be 'AlreadyListed'
        $again.InputObject.RecordsFound | Should -Be 1
    }

    It 'reads a CSV of any shape, reports each row, and names the row that is no number' {
        $results = Import-Csv $csv | Add-VicidialDncNumber -CampaignId TESTCAMP -ErrorVariable bad -ErrorAction SilentlyContinue
        $results.PhoneNumber | Should -Be @('7275550301', '7275550302')
        $results.Status | Should -Be @('Added', 'Added')
        $results[0].InputObject.customer | Should -Be 'Ann'
        $bad | Should -HaveCount 1
        $bad[0].TargetObject.customer | Should -Be 'Cy'
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'InvalidPhoneNumber,*'
    }

    It 'sends nothing under -WhatIf, and removes only when confirmed' {
        $null = Add-VicidialDncNumber 7275550303 -WhatIf
        (Add-VicidialDncNumber 7275550303).Status | Should -Be 'Added'
        $null = Remove-VicidialDncNumber 7275550303 -WhatIf
        (Remove-VicidialDncNumber 7275550303 -Confirm:$false).Status | Should -Be 'Removed'
        (Remove-VicidialDncNumber 7275550303 -Confirm:$false).Status | Should -Be 'NotListed'
        "$((Remove-VicidialDncNumber '+1 727 555 0303' -Confirm:$false).ChangedEntries)" | Should -Be ''
        $null = Add-VicidialDncNumber 7275550303
        $removed = Remove-VicidialDncNumber '+1 727 555 0303' -Confirm:$false
        "$($removed.ChangedEntries)" | Should -Be '7275550303'
    }

    It 'formats results as a table with the number, list and status, and exports without the input row' {
        $result = Add-VicidialDncNumber 7275550304
        $table = $result | Format-Table | Out-String
        $table | Should -Match 'PhoneNumber\s+CampaignId\s+Status'
        $table | Should -Match '7275550304\s+SYSTEM_INTERNAL\s+Added'
        $exported = $result | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $exported[0].PSObject.Properties.Name | Should -Not -Contain 'InputObject'
        $exported[0].Status | Should -Be 'Added'
        $exported[0].ChangedEntries | Should -Be '7275550304'
        $exported[0].CampaignId | Should -Be 'SYSTEM_INTERNAL'
    }

    It 'stops with one error naming modify_lists for a user without it, and never shows the password' {
        $password = 'Pester-Dnc-7a1c-Password'
        Invoke-VicidialTestServerControl $testServer users -Query @{ user = 'leadsonly'; pass = $password } | Out-Null
        Connect-VicidialApi -Server $testServer.ApiUri -Credential ([pscredential]::new('leadsonly', (ConvertTo-SecureString $password -AsPlainText -Force))) -WarningAction SilentlyContinue
        $caught = $null
        try { Add-VicidialDncNumber 7275550305, 7275550306 -ErrorAction Stop } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'PermissionDenied,*'
        $caught.Exception.Message | Should -Match 'modify_lists'
        ($caught | Out-String) | Should -Not -Match $password
    }
}
