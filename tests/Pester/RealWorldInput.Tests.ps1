# Input as admins really have it, through the built module against the test server in its own process: CSV files of
# any shape, enrichment, country codes, spreadsheet artefacts, round trips through files, and deserialized results.
BeforeAll {
    Import-Module $env:VICIDIALLEADS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
    $script:credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
    # Lead 1020 was loaded with the country code in phone_number; 1021 is a London number.
    $leads = "lead_id`tphone_number`tlist_id`tentry_list_id`tvendor_lead_code`tfirst_name`tlast_name`tstatus`ttable`n" +
        "1020`t19998885112`t101`t0`tCC-1020`tEleven`tDigits`tNEW`tvicidial_list`n" +
        "1021`t2079460958`t101`t0`tUK-1021`tLondon`tCaller`tNEW`tvicidial_list`n"
    Invoke-VicidialTestServerControl $testServer leads -Body $leads | Out-Null
    $script:all5112 = @(1020, 1011, 1007, 1004, 1001)
}

AfterAll {
    Disconnect-VicidialApi
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'Real-world input' {
    BeforeEach {
        Invoke-VicidialTestServerControl $testServer reset | Out-Null
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -RetryIntervalSec 0.01 -WarningAction SilentlyContinue
    }

    Context 'any row shape' {
        It 'binds a CSV file whose phone column is named <Column>' -ForEach @(
            @{ Column = 'phone_number' }, @{ Column = 'PhoneNumber' }, @{ Column = 'Phone Number' }, @{ Column = 'Phone' },
            @{ Column = 'Number' }, @{ Column = 'Mobile' }, @{ Column = 'MobilePhone' }, @{ Column = 'Cell' }, @{ Column = 'CellPhone' },
            @{ Column = 'Telephone' }, @{ Column = 'Tel' }, @{ Column = 'mobile ' }, @{ Column = 'CELL_PHONE' }
        ) {
            $path = Join-Path $TestDrive 'numbers.csv'
            "customer,`"$Column`"`nMaria,999-888-5112`nThomas,(999) 888-6112`n" | Set-Content $path
            $results = Import-Csv $path | Search-VicidialLead -ErrorVariable errs
            $errs | Should -BeNullOrEmpty
            $results.PhoneNumber | Should -Be @('9998885112', '9998886112')
            $results[0].LeadIds | Should -Be @(1011, 1007, 1004, 1001)
            $results[1].InputObject.customer | Should -Be 'Thomas'
        }

        It 'stops with one error, fast, on a 10,000-row file without a phone column' {
            $path = Join-Path $TestDrive 'no-phone.csv'
            & { 'customer,email'; foreach ($i in 1..10000) { "Customer $i,c$i@example.com" } } | Set-Content $path
            $before = (Invoke-VicidialTestServerControl $testServer stats -Method Get).requestsByFunction.lead_search
            $Error.Clear()
            $elapsed = Measure-Command {
                { Import-Csv $path | Search-VicidialLead } | Should -Throw -ExpectedMessage '*Its columns: customer, email*-PhoneProperty customer*'
            }
            $Error.Count | Should -Be 1
            $Error[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $Error[0].Exception.Message | Should -BeLike '*phone_number, PhoneNumber, Phone, Number, Mobile, MobilePhone*Tel*-PhoneProperty*'
            (Invoke-VicidialTestServerControl $testServer stats -Method Get).requestsByFunction.lead_search | Should -Be $before
            $elapsed.TotalSeconds | Should -BeLessThan 60
        }

        It 'searches every phone column of a row, each result naming its column, and says so once in -Verbose' {
            $output = 'Tel,Mobile', '4075551212,9998886112', '4075551212,9998885112' | ConvertFrom-Csv | Search-VicidialLead -Verbose 4>&1
            $verbose = $output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Reading phone numbers*' }
            @($verbose).Count | Should -Be 1
            $verbose.Message | Should -BeLike "*'Tel' and 'Mobile'*each is searched*"
            $results = $output | Where-Object { $_ -is [VicidialLeads.LeadSearchResult] }
            $results.PhoneColumn | Should -Be @('Tel', 'Mobile', 'Tel', 'Mobile')
            $results.PhoneNumber | Should -Be @('4075551212', '9998886112', '4075551212', '9998885112')
        }

        It 'reads the column named by -PhoneProperty, and hashtables' {
            ('Phone,Home Phone', '4075551212,9998886112' | ConvertFrom-Csv | Search-VicidialLead -PhoneProperty 'Home Phone').LeadIds | Should -Be @(1013)
            (@{ Cell = '999-888-6112' } | Search-VicidialLead).LeadIds | Should -Be @(1013)
        }
    }

    Context 'enrichment' {
        It 'pairs every result with its row, duplicates included, and errors name the row' {
            $rows = 'customer,mobile', 'Ann,9998885112', 'Bob,oops', 'Cy,9998886112', 'Di,9998885112' | ConvertFrom-Csv
            $report = $rows | Search-VicidialLead -ErrorVariable failed -ErrorAction SilentlyContinue |
                Select-Object @{ n = 'Customer'; e = { $_.InputObject.customer } }, @{ n = 'LeadIds'; e = { $_.LeadIds.ToString() } }
            $report.Customer | Should -Be @('Ann', 'Cy', 'Di')
            $report.LeadIds | Should -Be @('1011-1007-1004-1001', '1013', '1011-1007-1004-1001')
            $failed.TargetObject | Should -Be $rows[1]
            ($failed.TargetObject | Search-VicidialLead -ErrorAction SilentlyContinue -ErrorVariable again) | Should -BeNullOrEmpty
            $again.TargetObject.customer | Should -Be 'Bob'
        }

        It 'writes every row once, in order, with the result columns, through Export-Csv' {
            $in = Join-Path $TestDrive 'customers.csv'
            $out = Join-Path $TestDrive 'enriched.csv'
            "customer,Mobile,note`nAnn,9998885112,a`nBob,12345,b`nCy,+1 999 888 5112,c`nAnn,9998885112,d`n" | Set-Content $in
            Import-Csv $in | Search-VicidialLead -AppendResult -ErrorVariable failed -ErrorAction SilentlyContinue | Export-Csv $out -NoTypeInformation
            $failed | Should -HaveCount 1
            $rows = Import-Csv $out
            $rows | Should -HaveCount 4
            $rows[0].PSObject.Properties.Name | Should -Be @('customer', 'Mobile', 'note', 'RecordsFound', 'LeadIds', 'Truncated', 'SearchError')
            $rows.note | Should -Be @('a', 'b', 'c', 'd')
            $rows.LeadIds | Should -Be @('1011-1007-1004-1001', '', '1020-1011-1007-1004-1001', '1011-1007-1004-1001')
            $rows.RecordsFound | Should -Be @('4', '', '5', '4')
            $rows[1].SearchError | Should -BeLike "'12345' has 5 digits*"
            $rows[0].SearchError | Should -Be ''
        }
    }

    Context 'numbers as people write them' {
        It 'finds the leads of <Value> stored with and without the country code' -ForEach @(
            @{ Value = '+1 999-888-5112' }, @{ Value = '+19998885112' }, @{ Value = '1-999-888-5112' }, @{ Value = '19998885112' }
        ) {
            $result = Search-VicidialLead $Value
            $result.PhoneNumber | Should -Be '9998885112'
            $result.LeadIds | Should -Be $all5112
        }

        It 'says which -PhoneCode to pass for another country code, and searches it with that code' {
            $result = Search-VicidialLead '+44 20 7946 0958' -ErrorVariable bad -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $bad[0].Exception.Message | Should -BeLike '*country code 44*-PhoneCode 44*'
            (Search-VicidialLead '+44 20 7946 0958' -PhoneCode 44).LeadIds | Should -Be @(1021)
        }

        It 'reads <Value> as 9998885112' -ForEach @(
            @{ Value = '9998885112.0' }, @{ Value = '9.998885112E+09' }, @{ Value = '="9998885112"' }, @{ Value = "'9998885112" },
            @{ Value = "999`u{00A0}888`u{00A0}5112" }, @{ Value = "999`u{2013}888`u{2013}5112" }, @{ Value = '999-888-5112 x12' },
            @{ Value = '999-888-5112 ext. 12' }, @{ Value = '999-888-5112 #12' }, @{ Value = 9998885112 }, @{ Value = 9.998885112E+09 },
            @{ Value = [decimal]9998885112 }
        ) {
            $result = $Value | Search-VicidialLead -ErrorVariable errs
            $errs | Should -BeNullOrEmpty
            $result.PhoneNumber | Should -Be '9998885112'
            $result.LeadIds | Should -Be @(1011, 1007, 1004, 1001)
        }

        It 'refuses a number that lost digits to scientific notation, saying to format the column as text' {
            $path = Join-Path $TestDrive 'excel.csv'
            "name,phone`nA,9.99888511E+09`nB,9.998885112E+09`n" | Set-Content $path
            $results = Import-Csv $path | Search-VicidialLead -ErrorVariable bad -ErrorAction SilentlyContinue
            $results.LeadIds | Should -Be @(1011, 1007, 1004, 1001)
            $bad | Should -HaveCount 1
            $bad[0].Exception.Message | Should -BeLike '*lost its last 1 digit*Format the column as text*'
            $bad[0].TargetObject.name | Should -Be 'A'
        }
    }

    Context 'round trips' {
        It 'reads archived search results from the archive' {
            $leads = Search-VicidialLead 7185550123 -Archived | Get-VicidialLead
            $leads.LeadId | Should -Be @(5002, 5001)
            $leads.Archived | Should -Be @($true, $true)
        }

        It 'reads exported search results back, dash-joined ids and the archive flag included' {
            $path = Join-Path $TestDrive 'found.csv'
            @(Search-VicidialLead 9998885112) + @(Search-VicidialLead 7185550123 -Archived) | Export-Csv $path -NoTypeInformation
            $leads = Import-Csv $path | Get-VicidialLead
            $leads.LeadId | Should -Be @(1011, 1007, 1004, 1001, 5002, 5001)
            $leads.Archived | Should -Be @($false, $false, $false, $false, $true, $true)
        }

        It 'reads a numbers file into Get-VicidialLead by its phone column' {
            $path = Join-Path $TestDrive 'numbers.csv'
            "customer,Telephone`nAnn,+1 (999) 888-5112`n" | Set-Content $path
            (Import-Csv $path | Get-VicidialLead).LeadId | Should -Be $all5112
        }

        It 'exports leads with the standard columns first and the custom fields after, without a CustomFields column' {
            $header = (Get-VicidialLead 1001 -IncludeCustomFields | ConvertTo-Csv -NoTypeInformation)[0] -replace '"', '' -split ','
            $header[0..2] | Should -Be @('LeadId', 'Status', 'User')
            $header[-4..-1] | Should -Be @('Archived', 'account_no', 'contract_type', 'cf_notes')
            $header | Should -Not -Contain 'CustomFields'
        }

        It 'writes one file with every custom column with the documented recipe' {
            $path = Join-Path $TestDrive 'all-leads.csv'
            $leads = Get-VicidialLead 1004, 1001 -IncludeCustomFields
            $columns = $leads | ForEach-Object { $_.PSObject.Properties.Name } | Select-Object -Unique
            $leads | Select-Object $columns | Export-Csv $path -NoTypeInformation
            $rows = Import-Csv $path
            $rows[0].PSObject.Properties.Name[-3..-1] | Should -Be @('account_no', 'contract_type', 'cf_notes')
            $rows[0].account_no | Should -Be ''
            $rows[1].account_no | Should -Be 'AC-100001'
        }

        It 'formats results received from Start-Job as the live ones' {
            $modulePath = $env:VICIDIALLEADS_MODULE_PATH
            $received = Start-Job -ScriptBlock {
                Import-Module $using:modulePath
                [VicidialLeads.LeadSearchResult]::new('9998885112', '999-888-5112', [long[]](1011, 1007), $false, $true)
            } | Receive-Job -Wait -AutoRemoveJob
            $received.PSObject.TypeNames[0] | Should -Be 'Deserialized.VicidialLeads.LeadSearchResult'
            $received | Format-Table | Out-String -Width 200 | Should -Match '9998885112\s+2\+ 1011-1007'
        }

        It 'formats deserialized results as the live ones' {
            $path = Join-Path $TestDrive 'results.xml'
            Search-VicidialLead 9998885112, 3125550000 -Records 3 | Export-Clixml $path
            $back = Import-Clixml $path
            $table = $back | Format-Table | Out-String -Width 200
            $table | Should -Match 'PhoneNumber\s+RecordsFound\s+LeadIds'
            $table | Should -Match '9998885112\s+3\+ 1011-1007-1004'
            $table | Should -Match '3125550000\s+3\+ 3500-3499-3498'
            $list = $back | Format-List | Out-String -Width 200
            $list | Should -Match 'LeadIds\s+: 1011-1007-1004'
            "$table$list" | Should -Not -Match 'System\.Collections'

            Search-VicidialLead -VendorLeadCode ACME-0042 | Export-Clixml $path
            Import-Clixml $path | Format-Table | Out-String -Width 200 | Should -Match 'ACME-0042\s+2 1013-1003'
            Get-VicidialLead 1001 | Export-Clixml $path
            Import-Clixml $path | Format-Table | Out-String -Width 200 | Should -Match 'LeadId\s+PhoneNumber\s+FirstName\s+LastName\s+Status\s+ListId'
        }
    }
}
