# The built module, loaded as a user loads it, against the test server in its own process.
BeforeAll {
    Import-Module $env:VICIDIALLEADS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
    $script:canary = 'Pester-Canary-5d1e8a40-Password'
    Invoke-VicidialTestServerControl $testServer users -Query @{ user = 'pester'; pass = $canary } | Out-Null
    $script:credential = [pscredential]::new('pester', (ConvertTo-SecureString $canary -AsPlainText -Force))
    $script:csv = Join-Path $TestDrive 'numbers.csv'
    @'
phone_number,name
999-888-5112,Maria
(999) 888-7112,James
9998886112,Thomas
407.555.1212,Nobody
'@ | Set-Content $csv
}

AfterAll {
    Disconnect-VicidialApi
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'Search-VicidialLead against the test server' {
    BeforeEach {
        Invoke-VicidialTestServerControl $testServer reset | Out-Null
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -RetryIntervalSec 0.01 -WarningAction SilentlyContinue
    }

    It 'turns Import-Csv rows into one typed result per number, in order' {
        $results = Import-Csv $csv | Search-VicidialLead
        $results | Should -HaveCount 4
        $results[0] | Should -BeOfType ([VicidialLeads.LeadSearchResult])
        $results.PhoneNumber | Should -Be @('9998885112', '9998887112', '9998886112', '4075551212')
        $results.RecordsFound | Should -Be @(4, 8, 1, 0)
        $results[0].LeadIds | Should -Be @(1011, 1007, 1004, 1001)
        $results[1].InputValue | Should -Be '(999) 888-7112'
    }

    It 'shows the default table with PhoneNumber, RecordsFound and dash-joined LeadIds' {
        $text = Search-VicidialLead 9998885112 | Format-Table | Out-String
        $text | Should -Match 'PhoneNumber\s+RecordsFound\s+LeadIds'
        $text | Should -Match '9998885112\s+4\s+1011-1007-1004-1001'
    }

    It 'exports lead ids readably with Export-Csv' {
        $out = Join-Path $TestDrive 'results.csv'
        Import-Csv $csv | Search-VicidialLead | Export-Csv $out -NoTypeInformation
        $rows = Import-Csv $out
        $rows[0].LeadIds | Should -Be '1011-1007-1004-1001'
        $rows[3].LeadIds | Should -Be ''
        $rows[0].RecordsFound | Should -Be '4'
    }

    It 'writes a clear InvalidArgument error for bad input and goes on' {
        $results = '9998886112', 'not-a-number', '12345', '9998885112' | Search-VicidialLead -ErrorVariable bad -ErrorAction SilentlyContinue
        $results.PhoneNumber | Should -Be @('9998886112', '9998885112')
        $bad | Should -HaveCount 2
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $bad[0].TargetObject | Should -Be 'not-a-number'
        $bad[1].TargetObject | Should -Be '12345'
        $bad[1].Exception.Message | Should -Match '6 to 18 digits'
    }

    It 'never lets a busy number starve the others' {
        $results = Search-VicidialLead 9998886112, 3125550000, 9998885112
        $results[0].LeadIds | Should -Be @(1013)
        $results[1].RecordsFound | Should -Be 1000
        $results[1].Truncated | Should -BeTrue
        $results[2].RecordsFound | Should -Be 4
    }

    It 'gives zero leads, not an error, when no number matches' {
        $results = Search-VicidialLead 4075551212, 4075551213 -ErrorVariable errs
        $errs | Should -BeNullOrEmpty
        $results.RecordsFound | Should -Be @(0, 0)
        $results[0].LeadIds.Count | Should -Be 0
    }

    It 'turns a server fault that outlasts -MaximumOutageSec into one error per number sent' {
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -RetryIntervalSec 0.01 -MaximumOutageSec 1 -WarningAction SilentlyContinue
        Invoke-VicidialTestServerControl $testServer fault -Query @{ mode = 'Status500' } | Out-Null
        $results = Search-VicidialLead 9998885112, 9998886112 -ErrorVariable failed -ErrorAction SilentlyContinue
        $results | Should -BeNullOrEmpty
        $failed | Should -HaveCount 2
        $failed[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $failed[0].TargetObject | Should -Be '9998885112'
        $failed[1].ErrorDetails.Message | Should -Match 'Searching 9998886112 failed'
        $stats = Invoke-VicidialTestServerControl $testServer stats -Method Get
        # The connect check, the request itself, and checks of the API while the run was held.
        $stats.recentRequests | Where-Object { $_.function -eq 'lead_search' -and $_.phoneEntryCount -gt 0 } | Should -HaveCount 1
    }
}

Describe 'A wrong password' {
    It 'fails once, with the reason, and the password is nowhere' {
        Invoke-VicidialTestServerControl $testServer reset | Out-Null
        $wrong = [pscredential]::new('pester', (ConvertTo-SecureString 'Wrong-Pester-Canary-77' -AsPlainText -Force))
        $Error.Clear()
        { Connect-VicidialApi -Server $testServer.ApiUri -Credential $wrong -Verbose -WarningAction SilentlyContinue 4>&1 | Out-String | Should -Not -Match 'Wrong-Pester-Canary-77' } |
            Should -Throw -ExpectedMessage "*rejected the login of user 'pester'*"
        $Error[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        ($Error | Out-String) + ($Error | ForEach-Object { $_.Exception.ToString(); $_.TargetObject }) | Should -Not -Match 'Wrong-Pester-Canary-77'
        (Invoke-VicidialTestServerControl $testServer stats -Method Get).failedLoginAttempts.pester | Should -Be 1
    }

    It 'keeps the canary password out of results, verbose output and errors of a whole session' {
        $session = Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -PassThru -WarningAction SilentlyContinue
        $Error.Clear()
        $all = Import-Csv $csv | Search-VicidialLead -Verbose 4>&1 2>&1 | Out-String
        $all += $session | Format-List * | Out-String
        $all += "$session"
        $all | Should -Not -Match $canary
        ($Error | Out-String) | Should -Not -Match $canary
    }
}

Describe 'A transcript of a whole session' {
    It 'holds no trace of the password, even of a rejected one echoed by the server' {
        $transcript = Join-Path $TestDrive 'session.log'
        $wrong = [pscredential]::new('pester', (ConvertTo-SecureString 'Echoed-Canary-3141' -AsPlainText -Force))
        Start-Transcript -Path $transcript | Out-Null
        try {
            $session = Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -PassThru -Verbose
            $session | Format-List * | Out-Host
            Import-Csv $csv | Search-VicidialLead -Verbose | Out-Host
            'bad', '123' | Search-VicidialLead -ErrorAction Continue 2>&1 | Out-Host
            try { Connect-VicidialApi -Server $testServer.ApiUri -Credential $wrong -Verbose } catch { $_ | Out-Host; $_.Exception | Format-List * -Force | Out-Host }
        }
        finally {
            Stop-Transcript | Out-Null
        }
        $text = Get-Content $transcript -Raw
        $text | Should -Match 'rejected the login'
        $text | Should -Match '9998885112'
        $text | Should -Not -Match $canary
        $text | Should -Not -Match 'Echoed-Canary-3141'
    }
}
