# Get-VicidialCallLog, Get-VicidialRecording and Get-VicidialCallback from the built module, against the test server
# in its own process: their views, help and the "what happened to this customer" pipeline.
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

Describe 'A lead''s history against the test server' {
    BeforeEach {
        Invoke-VicidialTestServerControl $testServer reset | Out-Null
        Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -RetryIntervalSec 0.01 -WarningAction SilentlyContinue
    }

    It 'goes from one phone number to its calls, recordings and callbacks in one pipeline' {
        $history = Search-VicidialLead 9998886112 | ForEach-Object {
            $_ | Get-VicidialCallLog
            $_ | Get-VicidialRecording
            $_ | Get-VicidialCallback
        }
        $history | ForEach-Object { $_.GetType().Name } | Should -Be @('VicidialCall', 'VicidialCall', 'VicidialCall', 'VicidialRecording', 'VicidialCallback')
        $history[0].CallDate | Should -Be ([datetime]'2026-11-28 09:05:00')
        $history[0].Direction | Should -Be 'Inbound'
        $history[3].Location | Should -BeOfType ([uri])
        $history[4].Comments | Should -Be 'call back about the renewal'
    }

    It 'accounts for every number, with or without calls' {
        $calls = Get-VicidialCallLog 5557000101, 4075551212 -Verbose 4>&1
        $verbose = $calls | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        ($calls | Where-Object { $_ -is [VicidialLeads.VicidialCall] }).CallStatus | Should -Be @('CALLBK', 'SALE', 'NA')
        $verbose | Should -Contain 'No calls: phone number 4075551212 (input ''4075551212'').'
        $verbose[-1] | Should -Match '2 phone numbers: 3 calls; 1 number without calls, 0 errors'
    }

    It 'reads a callback whose comment made the server fail with HTTP 500 after answering' {
        (Get-VicidialCallback 1010024 -ErrorAction Stop).Comments | Should -Be "customer's request"
    }

    It 'shows one table line per <Name> within 120 columns, and everything in a list' -ForEach @(
        @{ Name = 'call'; Script = { Get-VicidialCallLog 5557000101 }; Columns = 'PhoneNumber\s+Direction\s+CallDate'; Properties = 10 }
        @{ Name = 'recording'; Script = { Get-VicidialRecording 1010023 }; Columns = 'StartTime\s+LeadId\s+RecordingId'; Properties = 6 }
        @{ Name = 'callback'; Script = { Get-VicidialCallback 1010023 -IncludeArchived }; Columns = 'LeadId\s+Table\s+CallbackTime'; Properties = 14 }
    ) {
        $records = & $Script
        $lines = ($records | Format-Table | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() }
        $lines[0] | Should -Match $Columns
        $lines | Should -HaveCount ($records.Count + 2)
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
        $list = $records[0] | Format-List | Out-String -Width 200
        ([regex]::Matches($list, '(?m)^\w+\s+:')).Count | Should -Be $Properties
    }

    It 'shows a recording''s file name in its table line' {
        $text = Get-VicidialRecording 1010023 | Format-Table | Out-String -Width 120
        $text | Should -Match '2026-11-30 10:00:02\s+1010023\s+3\s+VDAD\s+40\s+20261130-100002_5557000101_VDAD-all\.mp3'
    }

    It 'stops with one error that names the user settings it needs' {
        Invoke-VicidialTestServerControl $testServer users -Query @{ user = 'noreports'; pass = 'reports1234'; viewReports = 0 } | Out-Null
        Connect-VicidialApi -Server $testServer.ApiUri -Credential ([pscredential]::new('noreports', (ConvertTo-SecureString 'reports1234' -AsPlainText -Force))) -WarningAction SilentlyContinue
        $failure = { Get-VicidialRecording 1010023 -ErrorAction Stop } | Should -Throw -PassThru
        $failure.Exception.Message | Should -Match 'View Reports'
        $failure.CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}

Describe 'Help for <_>' -ForEach @('Get-VicidialCallLog', 'Get-VicidialRecording', 'Get-VicidialCallback') {
    BeforeAll { $script:help = Get-Help $_ -Full }

    It 'has a synopsis, a description and examples' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        ($help.Description | Out-String) | Should -Match 'local time'
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }

    It 'describes every parameter' {
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        foreach ($name in (Get-Command $_).Parameters.Keys | Where-Object { $_ -notin $common }) {
            $parameter = $help.Parameters.Parameter | Where-Object Name -EQ $name
            ($parameter.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$name needs a description"
        }
    }
}
