@{
    RootModule             = 'VicidialLeads.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = '6f0d3c52-8f4e-4f43-9a51-2d7f1c0b9e47'
    Author                 = 'VicidialLeads contributors'
    CompanyName            = 'VicidialLeads'
    Copyright              = '(c) VicidialLeads contributors. MIT License.'
    Description            = 'Find and read VICIdial leads from PowerShell through the Non-agent API: Search-VicidialLead turns phone numbers into lead ids, fast and in order, handling the server''s quirks.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('VicidialLeads.Format.ps1xml')
    CmdletsToExport        = @('Add-VicidialDncNumber', 'Connect-VicidialApi', 'Disconnect-VicidialApi', 'Get-VicidialCallback', 'Get-VicidialCallLog', 'Get-VicidialLead', 'Get-VicidialRecording', 'Get-VicidialSession', 'Remove-VicidialDncNumber', 'Remove-VicidialLead', 'Restore-VicidialLead', 'Search-VicidialLead', 'Set-VicidialLead')
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('VICIdial', 'callcenter', 'CRM', 'leads')
            ReleaseNotes = 'First release. Connect-VicidialApi opens a session to the VICIdial Non-agent API; Search-VicidialLead turns phone numbers into lead ids, one result per number in input order; Get-VicidialLead reads whole leads by lead id or phone number; Get-VicidialSession shows the current session; Disconnect-VicidialApi closes the session. Rows of any shape, spreadsheet artefacts and country codes are read as people write them; short outages are ridden out, long ones stop with one error; -MaximumRequestsPerSecond keeps big lookups gentle on a production dialer.'
        }
    }
}
