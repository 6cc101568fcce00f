@{
    RootModule             = 'VicidialLeads.dll'
    ModuleVersion          = '0.3.1'
    GUID                   = '6f0d3c52-8f4e-4f43-9a51-2d7f1c0b9e47'
    Author                 = 'VicidialLeads contributors'
    CompanyName            = 'VicidialLeads'
    Copyright              = '(c) VicidialLeads contributors. MIT License.'
    Description            = 'Find, read, change and load VICIdial leads from PowerShell through the Non-agent API: Search-VicidialLead turns phone numbers into lead ids, fast and in order; Get-VicidialLead reads whole leads; Set-, Remove- and Restore-VicidialLead change them safely; Add- and Remove-VicidialDncNumber keep do-not-call lists; Get-VicidialCallLog, Get-VicidialRecording and Get-VicidialCallback show a lead''s history. Every quirk of the real server handled.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('VicidialLeads.Format.ps1xml')
    CmdletsToExport        = @('Add-VicidialDncNumber', 'Add-VicidialLead', 'Connect-VicidialApi', 'Disconnect-VicidialApi', 'Get-VicidialCallback', 'Get-VicidialCallLog', 'Get-VicidialLead', 'Get-VicidialRecording', 'Get-VicidialSession', 'Remove-VicidialDncNumber', 'Remove-VicidialLead', 'Restore-VicidialLead', 'Search-VicidialLead', 'Set-VicidialLead')
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('VICIdial', 'callcenter', 'CRM', 'leads')
            ReleaseNotes = '0.3.1: a run held by an outage always stops after -MaximumOutageSec, also when a request sent before the outage answered during the hold (it could stay held for ever); Set-VicidialLead names the row columns it does not send in a warning, once each; per-row requests cost less processor time: each form is written straight into the request''s bytes, headers are sent as they are, small answers are read into one array, and the pipeline thread waits for answers without spinning. 0.3.0: Add-VicidialLead loads leads from any CSV with duplicate and DNC checks, the list''s custom fields, values the server would change reported before sending, and a lost answer looked for in the list before anything is sent again, so no row is added twice; Set-VicidialLead sets the phone number, phone code, called count, user, GMT offset and entry list; requests in flight are kept at -ThrottleLimit. 0.2.0: Set-VicidialLead, Remove-VicidialLead and Restore-VicidialLead (with -WhatIf, batch_update_lead and the server''s value cleaning reported before sending); Add-VicidialDncNumber and Remove-VicidialDncNumber; Get-VicidialCallLog, Get-VicidialRecording and Get-VicidialCallback. Get-VicidialLead reads every lead, leads with an apostrophe and numbers of over 1,000 leads included; phone-shaped values are never read as lead ids; every phone column of a row is searched; -CertificateThumbprint and -Proxy on Connect-VicidialApi; outage probes logged as SUCCESS where the user may. 0.1.0: Connect-, Disconnect-VicidialApi, Search-VicidialLead, Get-VicidialLead, Get-VicidialSession.'
        }
    }
}
