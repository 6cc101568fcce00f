@{
    Synopsis    = 'Removes phone numbers from a VICIdial do-not-call list (delete_dnc_phone): the system list by default, or a campaign''s.'
    Description = @'
Remove-VicidialDncNumber takes phone numbers off VICIdial's system-wide do-not-call list (campaign_id SYSTEM_INTERNAL), or with -CampaignId off one campaign's list, with the API's delete_dnc_phone function, and writes one VicidialLeads.DncNumberResult per number, in input order: Status Removed when the number was listed and now is not, NotListed when it was not listed (the server's DNC NUMBER DOES NOT EXIST is a result, not an error). Each result carries PhoneNumber, CampaignId, SystemList, ChangedEntries (the entries removed), InputValue and the hidden InputObject (the input row). Results are written always, without -PassThru, as a record of what the server did.

Numbers are read as Add-VicidialDncNumber reads them (the phone rules of Search-VicidialLead; rows of any shape, every phone column of a row, search results and leads by their phone number; never vendor lead codes). A number given with its country code (+1 727 555 0100, or 11 digits beginning with 1) removes both the entry without the code and an entry stored with it (such as one another tool added as 17275550100), since both stand for the same number; ChangedEntries says which were removed.

ConfirmImpact is High: removing a number lets the dialer call someone who asked not to be called, so PowerShell asks before each number. Use -WhatIf first to see, per number, what would be removed (nothing is sent), then -Confirm:$false in scripts.

Each number is one request (the server has no batch form), sent under the session's rate limit and -ThrottleLimit. delete_dnc_phone is safe to repeat: the server checks the list before it deletes, so a repeat changes nothing and answers DOES NOT EXIST; a retry after a lost answer therefore reports NotListed, which is the number's state. Retries and outage holds work as in Search-VicidialLead.

-CampaignId must be a VICIdial campaign id: 1 to 8 letters, digits, '-' or '_'; other ids are refused before anything is sent.

The user needs, in the VICIdial admin: user level 8 or more, API access, Modify Lists (modify_lists) set to 1 and Delete From DNC Lists (delete_from_dnc) set to 1. Without them the server refuses the first number and the command stops with one PermissionDenied error naming the settings; nothing else is sent.
'@
    Parameters  = @{
        PhoneNumber              = 'The phone numbers to remove, as arguments. Pipeline input goes to -InputObject.'
        InputObject              = 'What the pipeline gives: phone numbers (text or numbers), rows of any shape with a phone column (Import-Csv rows, objects, hashtables), Search-VicidialLead results and Get-VicidialLead leads (by their PhoneNumber).'
        PhoneProperty            = 'The column of the pipeline rows that holds the phone number, instead of the first accepted name.'
        PhoneCode                = @{ Description = 'The country code of the numbers, 1 to 3 digits without + (VICIdial''s phone_code). A number given with it removes the entries with and without it.'; Default = '1' }
        CampaignId               = @{ Description = 'The campaign whose DNC list to remove from (1 to 8 letters, digits, ''-'' or ''_''). When omitted, the system-wide list (SYSTEM_INTERNAL).'; Default = 'SYSTEM_INTERNAL (the system list)' }
        Session                  = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit            = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 to 10000; 0 means no limit). When omitted, the session''s limit (Connect-VicidialApi -MaximumRequestsPerSecond).'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'Phone numbers, by value; numbers too.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Results of Search-VicidialLead by phone number.' }
        @{ Type = 'VicidialLeads.VicidialLead'; Description = 'Leads of Get-VicidialLead.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a phone number column, such as Import-Csv rows.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.DncNumberResult'; Description = 'One per number: PhoneNumber, CampaignId, SystemList, Status (Removed or NotListed), ChangedEntries, PhoneColumn, InputValue, and the hidden InputObject.' }
    )
    Examples    = @(
        @{
            Title   = 'See what would be removed, then remove it'
            Code    = @'
Remove-VicidialDncNumber 999-888-5112 -WhatIf
Remove-VicidialDncNumber 999-888-5112 -Confirm:$false
'@
            Remarks = '-WhatIf prints, per number, the list it would be removed from and sends nothing; the second line removes it without asking.'
        }
        @{
            Title   = 'A customer withdraws an opt-out on one campaign'
            Code    = 'Remove-VicidialDncNumber ''(999) 888-5112'' -CampaignId TESTCAMP'
            Remarks = 'PowerShell asks first (ConfirmImpact High). Status NotListed means the number was not on TESTCAMP''s list; the system list is left as it is.'
        }
        @{
            Title   = 'Remove numbers listed in a CSV file and keep a report'
            Code    = 'Import-Csv reinstated.csv | Remove-VicidialDncNumber -Confirm:$false | Export-Csv dnc-removed.csv -NoTypeInformation'
            Remarks = 'One line per number with its Status; a value that is no phone number is an error naming its row.'
        }
    )
    Links       = @('Add-VicidialDncNumber', 'Search-VicidialLead', 'about_VicidialLeads')
}
