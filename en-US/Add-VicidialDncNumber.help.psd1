@{
    Synopsis    = 'Adds phone numbers to a VICIdial do-not-call list (add_dnc_phone): the system list by default, or a campaign''s.'
    Description = @'
Add-VicidialDncNumber puts phone numbers on VICIdial's system-wide do-not-call list (campaign_id SYSTEM_INTERNAL, the vicidial_dnc table), or with -CampaignId on one campaign's list, with the API's add_dnc_phone function, and writes one VicidialLeads.DncNumberResult per number, in input order: Status Added when the number was not listed and now is, AlreadyListed when it was listed before (the server's DNC NUMBER ALREADY EXISTS is a result, not an error). Each result carries the number as listed (PhoneNumber), the list (CampaignId, SystemList), the entries the request changed (ChangedEntries), the value as given (InputValue) and the input row (InputObject, hidden; read it by name).

Results are written always, without -PassThru: what the server did (Added or AlreadyListed) is only known from its answer, and a do-not-call request needs that record. To keep nothing, assign to $null or pipe to Out-Null.

Numbers are read by the same rules as Search-VicidialLead: text or numbers; spaces, dashes, dots and parentheses are ignored; spreadsheet artefacts and extensions are read; a leading + must be followed by -PhoneCode. The number is listed without its country code, as leads hold it, because that is the form the dialer's DNC check compares (an entry stored with the code, such as 15557000183, does not stop calls to 5557000183). Pipeline rows of any shape are read by their phone column (phone_number, PhoneNumber, Phone, Number, Mobile, Cell, Telephone and their spellings, or -PhoneProperty); Search-VicidialLead results and Get-VicidialLead leads are read by their PhoneNumber. A row with several phone columns (Phone and Mobile, say) gives one number per filled column, and each result names its column in PhoneColumn. A row with no phone column stops the command with one error listing its columns: vendor lead codes are never read as numbers, and a vendor lead code search result is an error that says to pipe its leads instead. A value that is no phone number is one InvalidArgument error naming it; the others go on.

The server has no batch form (a comma-joined phone_number is stored as one entry), so each number is one request, sent under the session's rate limit and -ThrottleLimit; the same number given twice waits for its first request. add_dnc_phone is safe to repeat: the server checks the list before it writes, so a repeat changes nothing and answers ALREADY EXISTS. Retries after a lost answer and outage holds therefore work as in Search-VicidialLead; a number whose first answer was lost and whose retry answers ALREADY EXISTS is reported AlreadyListed (the number is listed either way; -Verbose shows the attempts).

-CampaignId must be a VICIdial campaign id: 1 to 8 letters, digits, '-' or '_'. The server cleans other characters away and stores only 8 characters, so such ids are refused before anything is sent. The server does not check that the campaign exists: a misspelt id makes a list no campaign reads.

SupportsShouldProcess: -WhatIf prints, per number, the list it would be added to and sends nothing; -Confirm asks before each number.

The user needs, in the VICIdial admin: user level 8 or more, API access and Modify Lists (modify_lists) set to 1. Without it the server refuses the first number and the command stops with one PermissionDenied error naming the setting; nothing else is sent.
'@
    Parameters  = @{
        PhoneNumber              = 'The phone numbers to add, as arguments (Add-VicidialDncNumber 999-888-5112, 4075551212). Pipeline input goes to -InputObject.'
        InputObject              = 'What the pipeline gives: phone numbers (text or numbers), rows of any shape with a phone column (Import-Csv rows, objects, hashtables), Search-VicidialLead results and Get-VicidialLead leads (by their PhoneNumber).'
        PhoneProperty            = 'The column of the pipeline rows that holds the phone number, instead of the first accepted name.'
        PhoneCode                = @{ Description = 'The country code of the numbers, 1 to 3 digits without + (VICIdial''s phone_code). A number given with it (+1 ..., or 11 digits beginning with 1) is listed without it.'; Default = '1' }
        CampaignId               = @{ Description = 'The campaign whose DNC list to add to (1 to 8 letters, digits, ''-'' or ''_''). When omitted, the system-wide list (SYSTEM_INTERNAL), which every campaign that uses the system DNC list checks.'; Default = 'SYSTEM_INTERNAL (the system list)' }
        Session                  = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit            = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 to 10000; 0 means no limit). When omitted, the session''s limit (Connect-VicidialApi -MaximumRequestsPerSecond).'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'Phone numbers, by value; numbers too.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Results of Search-VicidialLead by phone number: their PhoneNumber is added.' }
        @{ Type = 'VicidialLeads.VicidialLead'; Description = 'Leads of Get-VicidialLead: their PhoneNumber is added.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a phone number column, such as Import-Csv rows.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.DncNumberResult'; Description = 'One per number: PhoneNumber, CampaignId, SystemList, Status (Added or AlreadyListed), ChangedEntries, PhoneColumn, InputValue, and the hidden InputObject.' }
    )
    Examples    = @(
        @{
            Title   = 'A customer asks not to be called: find their leads, list the number, show what happened'
            Code    = @'
$found = Search-VicidialLead '(999) 888-5112'
$found | Get-VicidialLead | Format-Table LeadId, ListId, Status, FirstName, LastName
$found | Add-VicidialDncNumber -WhatIf
$found | Add-VicidialDncNumber | Format-Table PhoneNumber, CampaignId, Status
'@
            Remarks = 'Shows the customer''s leads, what would be done, then adds the number to the system DNC list: Status Added, or AlreadyListed when an earlier request had listed it. Every campaign that checks the system list stops calling the number.'
        }
        @{
            Title   = 'Numbers from a CSV file, on one campaign''s list, with a report'
            Code    = 'Import-Csv optouts.csv | Add-VicidialDncNumber -CampaignId TESTCAMP | Export-Csv dnc-report.csv -NoTypeInformation'
            Remarks = 'The phone column is found by name (or give -PhoneProperty); a value that is no phone number is an error naming its row, and the report has one line per number with its Status.'
        }
        @{
            Title   = 'Pair every result with its input row'
            Code    = 'Import-Csv optouts.csv | Add-VicidialDncNumber | ForEach-Object { "{0} ({1}): {2}" -f $_.InputObject.customer, $_.PhoneNumber, $_.Status }'
            Remarks = 'InputObject is the row the number was read from.'
        }
    )
    Links       = @('Remove-VicidialDncNumber', 'Search-VicidialLead', 'Get-VicidialLead', 'about_VicidialLeads')
}
