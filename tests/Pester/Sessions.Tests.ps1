# One session shared by runspaces of this process (ForEach-Object -Parallel, Start-ThreadJob); a copy in another process (Start-Job) refused.
BeforeAll {
    Import-Module $env:VICIDIALLEADS_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot '../VicidialTestServer.psm1') -Force
    $script:testServer = Start-VicidialTestServer -Configuration $env:VICIDIALLEADS_CONFIGURATION
    $script:credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
    $script:session = Connect-VicidialApi -Server $testServer.ApiUri -Credential $credential -PassThru -WarningAction SilentlyContinue
    $script:modulePath = $env:VICIDIALLEADS_MODULE_PATH
}

AfterAll {
    Disconnect-VicidialApi -Session $session
    if ($testServer) { Stop-VicidialTestServer $testServer }
}

Describe 'A session shared within the process' {
    It 'serves ForEach-Object -Parallel through $using:' {
        $results = 9998885112, 9998887112, 9998886112 | ForEach-Object -ThrottleLimit 3 -Parallel {
            Import-Module $using:modulePath
            Search-VicidialLead $_ -Session $using:session
        } | Sort-Object PhoneNumber
        $results.PhoneNumber | Should -Be @('9998885112', '9998886112', '9998887112')
        $results.RecordsFound | Should -Be @(4, 1, 8)
    }

    It 'serves Start-ThreadJob through $using:' {
        $job = Start-ThreadJob {
            Import-Module $using:modulePath
            Search-VicidialLead 9998885112 -Session $using:session
            Get-VicidialLead 1013 -Session $using:session
        }
        $results = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        $results[0].LeadIds | Should -Be @(1011, 1007, 1004, 1001)
        $results[1].LeadId | Should -Be 1013
    }
}

Describe 'A session in another process' {
    It 'is refused in Start-Job with an error that says why' {
        $job = Start-Job {
            Import-Module $using:modulePath
            Search-VicidialLead 9998885112 -Session $using:session
        }
        { $job | Receive-Job -Wait -ErrorAction Stop } | Should -Throw -ExpectedMessage '*came from another process*Connect-VicidialApi inside the job*'
        $job | Remove-Job -Force
        $session.IsConnected | Should -BeTrue
    }
}
