# The assembled module in out/VicidialLeads: manifest, exports, views and help.
BeforeAll {
    $script:moduleDir = $env:VICIDIALLEADS_MODULE_PATH
    Import-Module $moduleDir -Force
}

Describe 'The VicidialLeads module' {
    It 'has a valid manifest for Desktop and Core editions' {
        $manifest = Test-ModuleManifest (Join-Path $moduleDir 'VicidialLeads.psd1')
        $manifest.Name | Should -Be 'VicidialLeads'
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be ([version]'5.1')
    }

    It 'exports exactly its cmdlets' {
        (Get-Command -Module VicidialLeads).Name | Sort-Object |
            Should -Be @('Add-VicidialDncNumber', 'Add-VicidialLead', 'Connect-VicidialApi', 'Disconnect-VicidialApi', 'Get-VicidialCallback', 'Get-VicidialCallLog', 'Get-VicidialLead', 'Get-VicidialRecording', 'Get-VicidialSession', 'Remove-VicidialDncNumber', 'Remove-VicidialLead', 'Restore-VicidialLead', 'Search-VicidialLead', 'Set-VicidialLead')
    }

    It 'completes -PhoneCode with country codes and -Session with sessions, never with file names' {
        Push-Location $TestDrive
        try {
            New-Item 44-file.txt, session-file.txt -ItemType File -Force | Out-Null
            $line = 'Search-VicidialLead 9998885112 -PhoneCode 4'
            $codes = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $codes.CompletionText | Should -Contain '44'
            $codes.CompletionText | Should -Not -Contain '44-file.txt'
            $codes.CompletionText | Should -Not -Contain './44-file.txt'

            $line = 'Get-VicidialLead 1001 -Session '
            $sessions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $sessions.CompletionText | Should -Contain '(Get-VicidialSession)'
            $sessions.CompletionText | Where-Object { $_ -like '*file.txt' } | Should -BeNullOrEmpty
        }
        finally { Pop-Location }
    }

    It 'converts results to JSON with names, not numbers' {
        $json = [VicidialLeads.LeadSearchResult]::new('9998886112', '999-888-6112', [long[]]@(1013), $false, $false) | ConvertTo-Json | ConvertFrom-Json
        $json.SearchMethod | Should -Be 'PhoneNumber'
        $json.LeadIds | Should -Be @(1013)
    }

    It 'ships no assembly but its own' {
        (Get-ChildItem $moduleDir -Filter *.dll -Recurse).Name | Should -Be @('VicidialLeads.dll')
    }

    It 'declares what Search-VicidialLead outputs, so properties complete after the pipe' {
        (Get-Command Search-VicidialLead).OutputType.Type | Should -Be ([VicidialLeads.LeadSearchResult])
        (Get-Command Connect-VicidialApi).OutputType.Type | Should -Be ([VicidialLeads.VicidialSession])
    }

    It 'binds Search-VicidialLead from the common CSV header names' {
        (Get-Command Search-VicidialLead).Parameters.PhoneNumber.Aliases | Should -Be @('phone_number', 'Phone', 'Number')
    }

    It 'lets scripts build results for mocks' {
        $result = [VicidialLeads.LeadSearchResult]::new('9998885112', '999-888-5112', [long[]](1011, 1007), $false, $false)
        $result.RecordsFound | Should -Be 2
        $result.LeadIds.ToString() | Should -Be '1011-1007'
        "$result" | Should -Be '9998885112: 2 leads (1011-1007)'
    }
}

Describe 'Help for <_>' -ForEach @('Connect-VicidialApi', 'Search-VicidialLead', 'Get-VicidialLead', 'Disconnect-VicidialApi', 'Get-VicidialSession', 'Add-VicidialDncNumber', 'Remove-VicidialDncNumber', 'Set-VicidialLead', 'Remove-VicidialLead', 'Restore-VicidialLead', 'Get-VicidialCallLog', 'Get-VicidialRecording', 'Get-VicidialCallback') {
    BeforeAll { $script:help = Get-Help $_ -Full }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$_\s"
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example with code' {
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 1
        $help.Examples.Example[0].Code | Should -Not -BeNullOrEmpty
    }

    It 'describes every parameter' {
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        foreach ($name in (Get-Command $_).Parameters.Keys | Where-Object { $_ -notin $common }) {
            $parameter = $help.Parameters.Parameter | Where-Object Name -EQ $name
            $parameter | Should -Not -BeNullOrEmpty -Because "-$name needs help"
            ($parameter.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$name needs a description"
        }
    }
}
