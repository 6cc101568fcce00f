@{
    Synopsis    = 'Adds leads to a VICIdial list (add_lead) from values or CSV rows of any shape, with duplicate and DNC checks, custom fields, and retries that never insert twice.'
    Description = @'
Add-VicidialLead loads leads with the API's add_lead function and writes one VicidialLeads.LeadAddResult per row, in input order: Status Added (LeadId is the new lead), Duplicate (LeadId is the lead already holding the number, ExistingListId its list when it is another), or InDnc (the number is on a do-not-call list the check asked about). A row that cannot be loaded is an error naming the row, in its place, with what to do; the other rows go on. With -AppendResult the command writes each input row instead, with AddStatus, LeadId, ListId and AddMessage columns, including the rows that failed (AddStatus Rejected or Unknown): a report of the load for Export-Csv.

Rows are read as Search-VicidialLead reads them: the phone number from the row's phone column (phone_number, Phone, Mobile, "Phone Number", "Mobile Phone" ... or -PhoneProperty), with +1, spaces, dashes, dots, parentheses and spreadsheet artefacts (9.998885112E+09) read; a leading + must be followed by -PhoneCode. The number is sent without its country code, and the code as phone_code. A row with several phone columns loads the first; the others are named once in a warning (a lead has one phone_number; put a second number in an alt_phone column). Blank rows are skipped and counted.

Other columns bind to lead fields by name, ignoring case, spaces and underscores, with common spellings: first_name, FirstName and "First Name"; last_name and Surname; "Email Address"; Zip and Postcode; Address and Street (address1); city, state, postal_code, alt_phone, comments, vendor_lead_code, source_id, title, middle_initial, province, country_code, gender, date_of_birth, security_phrase, rank, owner. Columns named as the list's custom fields are sent as custom fields (custom_fields=Y): the list's fields are read with list_custom_fields, which needs the user's Modify Lists setting; without it, name the custom columns with -CustomFieldColumn. Every column that is loaded nowhere is named once in a warning, never dropped silently. -Value and -CustomField give values for every row and win over a row's column of the same field.

The server cleans values silently before it stores them (non-ASCII letters are stripped from names, address and city while its use_non_latin setting is off; + becomes a space; , # & ( ) are stripped, and ; # " from comments; values are cut to the column's length). A row whose values would be stored differently is not sent: its error names the row, the field, the value given and the value that would be stored. -AllowCleanedValues sends such values, with a warning each. The server's use_non_latin setting is learned once per session by reading back a lead that was stored with such letters; until then it is assumed off. Custom fields keep what they are given. A value ending in one backslash is refused: the server fails without adding the lead.

add_lead is not safe to repeat: the same request twice makes two leads. So a row is never resent blindly. When a request's answer is lost after it was sent (a time-out, a reset connection, a cut answer, an HTTP 5xx without a body), the command reads the number's leads in the list and looks for one that holds every value sent and was made no earlier than the request (by the server's clock): found, the row is Added with Verified set; not there, the request is sent once more; and if the look itself fails, the row is an error (AddStatus Unknown) that says how to check. A request that never reached the server (nothing accepted the connection) is retried as any. An HTTP 500 whose body says SUCCESS is an added lead: the server's own log fails after the insert when the last field holds an apostrophe, so the module always sends list_id last.

The server waits for the list's new-lead webhook, up to 60 seconds, before it answers; one add_lead may therefore take up to the session's time-out, and at least 75 seconds (-TimeoutSec sets it).

The list must exist: the command sends list_exists_check=Y, because the server otherwise adds leads to a list that does not exist. -SkipListCheck loads into such a list. A list the server refuses (not defined, or outside the user's campaigns) stops the command with one error when it came from -ListId; from a row's list_id column it is that row's error.

A run that stops (an outage, a refusal) ends with one error that counts the rows added before it and says from which row to resume: the rows before it have their results, and rows sent at the moment of the stop may have been added, so resume with -DuplicateCheck DUPLIST. Each result's Row is its place in the input, blank rows counted, for Select-Object -Skip.

SupportsShouldProcess: -WhatIf prints each row's lead, list and values, and adds nothing (the only request it may send is the read of the list's custom fields); -Confirm asks per row.

The user needs, in the VICIdial admin: user level 8 or more, API access and Modify Leads (modify_leads) 1 or more; for lists outside the user's campaigns, a user group that allows them (api_list_restrict); Modify Lists for the list's custom fields to be read.
'@
    Parameters  = @{
        PhoneNumber              = 'The phone numbers of leads to add, as arguments (Add-VicidialLead 8135550101 -ListId 101 -Value @{ first_name = ''Ada'' }). Rows go to -InputObject.'
        InputObject              = 'What the pipeline gives: rows of any shape with a phone column (Import-Csv rows, objects, hashtables), whose other columns give the lead''s values; or phone numbers alone.'
        PhoneProperty            = 'The column of the pipeline rows that holds the phone number to load, instead of the first accepted name.'
        PhoneCode                = @{ Description = 'The country code of the numbers, 1 to 3 digits without + (VICIdial''s phone_code), sent with every lead. A number given with it (+1 ...) is sent without it.'; Default = '1' }
        ListId                   = @{ Description = 'The list to add the leads to (3 to 14 digits). When omitted, each row''s list_id column.'; Default = 'Each row''s list_id column' }
        Value                    = 'Values for every row, by field name in any spelling a column may have: @{ source_id = ''CRM''; ''First Name'' = ''Ada'' }. They win over a row''s column of the same field.'
        CustomField              = 'Custom field values for every row, by the custom field''s name: @{ account_no = ''AC-1'' }. Stored as given, UTF-8 included.'
        CustomFieldColumn        = 'Columns to send as custom fields, for when the list''s custom fields cannot be read (the user lacks Modify Lists).'
        DuplicateCheck           = 'The server''s duplicate checks: DUPLIST, DUPCAMP, DUPSYS (the number in the list, the campaign''s lists, any list), DUPPHONEALT... (the number as phone or alt_phone), DUPTITLEALTPHONE... and DUPNAMEPHONE... (with LIST, CAMP or SYS). A duplicate is a result with the existing lead, not an error.'
        DncCheck                 = 'The do-not-call lists to check: System, SystemAreaCode, Campaign, CampaignAreaCode. The campaign checks need -CampaignId. A listed number is a result (InDnc), not an error.'
        CampaignId               = 'The campaign whose DNC list -DncCheck Campaign asks about (1 to 8 letters, digits, ''-'' or ''_'').'
        SkipListCheck            = 'Adds to a list that does not exist (the server does so without a word unless asked). By default the list must exist.'
        AllowCleanedValues       = 'Sends values the server would store differently (stripped, cut or replaced characters), with a warning for each, instead of refusing their rows.'
        AppendResult             = 'Writes each input row with AddStatus, LeadId, ListId and AddMessage columns instead of LeadAddResult objects, rows that failed included: a report of the load.'
        TimeoutSec               = @{ Description = 'Seconds one add_lead may take (1 to 3600). The server waits up to 60 seconds for the list''s new-lead webhook before it answers.'; Default = 'The session''s time-out, and at least 75' }
        Session                  = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit            = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 to 10000; 0 means no limit). When omitted, the session''s limit (Connect-VicidialApi -MaximumRequestsPerSecond).'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a phone number column and columns named after lead fields, such as Import-Csv rows.' }
        @{ Type = 'System.String'; Description = 'Phone numbers, by value.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.LeadAddResult'; Description = 'One per row: Status (Added, Duplicate, InDnc), LeadId, PhoneNumber, ListId, ExistingListId, Message, Notices, Verified, Row, and the hidden InputObject.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'With -AppendResult: each input row with AddStatus, LeadId, ListId and AddMessage.' }
    )
    Examples    = @(
        @{
            Title   = 'Load a CRM export with duplicate and DNC checks, and keep a report of what happened'
            Code    = @'
Import-Csv crm-export.csv | Add-VicidialLead -ListId 101 -WhatIf
Import-Csv crm-export.csv |
    Add-VicidialLead -ListId 101 -DuplicateCheck DUPCAMP -DncCheck System, Campaign -CampaignId TESTCAMP -AppendResult |
    Export-Csv load-report.csv -NoTypeInformation
Import-Csv load-report.csv | Group-Object AddStatus | Format-Table Name, Count
'@
            Remarks = '-WhatIf shows each lead and its values first and adds nothing. The load then writes every row with its AddStatus (Added, Duplicate, InDnc, Rejected, Unknown), LeadId and AddMessage; rows that failed are also errors naming the row and what to do.'
        }
        @{
            Title   = 'Resume a load that stopped'
            Code    = @'
Import-Csv crm-export.csv | Select-Object -Skip 41999 |
    Add-VicidialLead -ListId 101 -DuplicateCheck DUPLIST -AppendResult | Export-Csv load-report-2.csv -NoTypeInformation
'@
            Remarks = 'The stop''s error names the first row without an answer (here row 42,000) and counts what was added before it. -DuplicateCheck DUPLIST keeps rows that were being sent at the moment of the stop, and were added, from being added twice: they come back as Duplicate.'
        }
        @{
            Title   = 'One lead from values'
            Code    = 'Add-VicidialLead 8135550101 -ListId 101 -Value @{ first_name = ''Ada''; last_name = ''Lovelace''; email = ''ada@example.com'' } -CustomField @{ account_no = ''AC-1'' }'
            Remarks = 'Writes the LeadAddResult with the new lead''s id.'
        }
        @{
            Title   = 'A web form export whose names have accents'
            Code    = 'Import-Csv signups.csv | Add-VicidialLead -ListId 101 -AllowCleanedValues -WarningVariable cleaned'
            Remarks = 'Without -AllowCleanedValues, a row whose name would lose its accents (José stored as Jos while the server''s use_non_latin is off) is an error naming the row and the value that would be stored. With it, such rows are loaded as the server stores them, and each change is a warning, kept in $cleaned.'
        }
    )
    Links       = @('Search-VicidialLead', 'Set-VicidialLead', 'Add-VicidialDncNumber', 'about_VicidialLeads')
}
