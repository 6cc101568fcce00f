@{
    Synopsis    = 'Changes VICIdial leads (update_lead) by lead id, with -WhatIf, and reports every value the server would store differently before it is sent.'
    Description = @'
Set-VicidialLead changes leads with the API's update_lead function, one request per lead, on the session, input path, retries and outage handling of Search-VicidialLead. The values are the same for every lead when they come as parameters (-Status SALE -City Tampa), or each row's own when the pipeline gives rows: Import-Csv changes.csv | Set-VicidialLead binds every column that names a standard lead field (status, first_name, "First Name", FirstName, list_id ...) to that field; an empty cell leaves the field as it is, columns that name no field are not sent and are named once in a warning, and a parameter wins over a column of the same field. An empty parameter value (-City '') empties the field. -CustomField @{account_no='AC-1'} sets custom fields of the lead's list (custom_fields=Y); UTF-8, ' | and TAB are kept, and custom values the server does not confirm are an error, not a success. -PhoneNumber changes the lead's phone number (update_phone_number=Y), lead by lead; a row's phone number column is never sent, since a row carries the number to name its lead.

Targets are leads by id only: -LeadId, lead ids on the pipeline, Search-VicidialLead results (each of their lead ids; a result found in the archive changes the archive), Get-VicidialLead leads, or rows with a lead id column. A phone number is no target (update_lead by phone changes only its newest lead): find its leads first with Search-VicidialLead, so every lead changed is named.

Nothing is silently altered. The server cleans values before storing them: with its use_non_latin setting off (the default), non-ASCII letters are stripped from names, address and city (José is stored as Jos); a + becomes a space, also in emails; , # & ( ) are stripped; ; # " are stripped from comments, backslash escapes are interpreted and a newline is stored as !N; values are cut to the column's length; gender, date_of_birth and rank fall back to U, 0000-00-00 and 0. Set-VicidialLead predicts this, and a lead with a value the server would change is not sent: an InvalidArgument error (ValueWouldBeChanged) names the lead, the field, the value given and the value that would be stored. -AllowCleanedValues sends it anyway, with a warning per value, and the result lists the values in Cleaned. The API does not show use_non_latin: the first value with non-ASCII letters sent is read back once per session to learn it. A value ending in a lone backslash is refused (TrailingBackslash), since it makes the server fail without storing anything; so is a custom value ending in any backslash (the server drops one, and fails with HTTP 500 after changing the other fields where one is left). -EntryListId with -CustomField is refused, since the server ignores entry_list_id then.

The same values on many leads (parameters only: no per-row values, custom fields, archive, -PhoneNumber or -EntryListId, which batch_update_lead does not take) go through batch_update_lead, up to 1,000 leads a request (500 with -UseGet): 10,000 leads set to one status take ten requests. Each lead still gets its own result: a lead the answer does not list is an ObjectNotFound error, and when only some leads of a request changed (the others already held the values; the server counts them without saying which) each is reported Applied. Per-row values and custom fields go through update_lead, one request per lead, -ThrottleLimit at a time. A parameter value the server would change is the same for every lead, so it stops the command with one error before anything is sent.

-WhatIf sends no change and says per lead what would change, with the values the lead holds now (read with lead_all_info): "status: 'NEW' → 'SALE'", and what the server would store where it differs; -Confirm asks before each lead. Every input ends as one result (with -PassThru) or one error, in input order: Updated, Unchanged (the lead already held the values: 0 rows, or nothing to change), or an ObjectNotFound error for a lead that does not exist. The server answers some successful changes with HTTP 500 (when its request log fails): the body is read whatever the status, and a success is a success. Repeating update_lead is harmless, so failed requests are retried and outages held as for Search-VicidialLead. Permission errors stop the command and name the user setting needed (modify_leads); a lead of a list outside the user's campaigns is a PermissionDenied error naming api_list_restrict.
'@
    Parameters  = @{
        LeadId              = 'The lead ids to change, as arguments (1001, 1004). Pipeline input goes to -InputObject. Phone numbers are no targets: find their leads with Search-VicidialLead first, so every lead changed is named.'
        InputObject         = 'What the pipeline gives: lead ids, Search-VicidialLead results (each of their LeadIds, in the archive when they were found there), Get-VicidialLead leads, or rows with a LeadIds, lead_id or LeadId column (and optionally Archived), such as Import-Csv rows.'
        PassThru            = 'Writes one VicidialLeads.LeadChangeResult per lead (Action Updated, Unchanged, Applied, Deleted, AlreadyGone, Restored or AlreadyActive, the fields sent and the input row). Without it, nothing is written but errors; -Verbose shows each lead''s result.'
        Session             = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit       = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 means no limit). When omitted, the session''s limit.'; Default = 'The session''s limit (none by default)' }
        Status              = 'The lead''s status (up to 6 letters, digits, - and _), such as SALE or DNC. An empty value empties the field.'
        ListId              = 'Moves the lead to this list (list_id_field). An empty value empties the field. Alias: list_id.'
        VendorLeadCode      = 'vendor_lead_code, up to 20 characters. An empty value empties the field. Alias: vendor_lead_code.'
        SourceId            = 'source_id, up to 50 characters. An empty value empties the field. Alias: source_id.'
        Title               = 'title, up to 4 characters. An empty value empties the field.'
        FirstName           = 'first_name, up to 30 characters. An empty value empties the field. Alias: first_name.'
        MiddleInitial       = 'middle_initial, 1 character. An empty value empties the field. Alias: middle_initial.'
        LastName            = 'last_name, up to 30 characters. An empty value empties the field. Alias: last_name.'
        Address1            = 'address1, up to 100 characters. An empty value empties the field.'
        Address2            = 'address2, up to 100 characters. An empty value empties the field.'
        Address3            = 'address3, up to 100 characters. An empty value empties the field.'
        City                = 'city, up to 50 characters. An empty value empties the field.'
        State               = 'state, 2 characters. An empty value empties the field.'
        Province            = 'province, up to 50 characters. An empty value empties the field.'
        PostalCode          = 'postal_code, up to 10 characters. An empty value empties the field. Alias: postal_code.'
        CountryCode         = 'country_code, up to 3 characters. An empty value empties the field. Alias: country_code.'
        Gender              = 'gender: M, F or U (anything else is stored as U). An empty value empties the field.'
        DateOfBirth         = 'date_of_birth as YYYY-MM-DD (anything else is stored as 0000-00-00). An empty value empties the field. Alias: date_of_birth.'
        AltPhone            = 'alt_phone, up to 12 characters. An empty value empties the field. Alias: alt_phone.'
        Email               = 'email, up to 70 characters (a + is stored as a space). An empty value empties the field.'
        SecurityPhrase      = 'security_phrase, up to 100 characters. An empty value empties the field. Alias: security_phrase.'
        Comments            = 'comments, up to 255 characters (; # and " are stripped, a newline is stored as !N). An empty value empties the field.'
        Rank                = 'rank, a whole number. An empty value empties the field.'
        Owner               = 'owner, up to 20 characters. An empty value empties the field.'
        User                = 'user, the agent the lead belongs to (user_field): up to 20 letters, digits, - and _. An empty value empties the field. Alias: user_field.'
        PhoneNumber         = 'The lead''s new phone number (phone_number with update_phone_number=Y): digits only, up to 18. Sent with update_phone_number=Y through update_lead, one lead a request; never taken from a row''s column. Alias: phone_number.'
        PhoneCode           = 'phone_code, the country calling code: digits only, up to 10. Cannot be emptied. Alias: phone_code.'
        CalledCount         = 'called_count, how often the lead was called: a whole number up to 65535. Cannot be emptied. Alias: called_count.'
        GmtOffset           = 'gmt_offset_now, the lead''s GMT offset in hours, such as -5 or 5.5 (-99.99 to 99.99, two decimals at most). Cannot be emptied. Aliases: gmt_offset_now, GmtOffsetNow.'
        EntryListId         = 'entry_list_id, the list whose custom fields belong to the lead (0 for none): digits only. Sent through update_lead, and not together with -CustomField, since the server ignores it then. Cannot be emptied. Alias: entry_list_id.'
        CustomField         = 'Custom fields of the lead''s list, as a hashtable of field name and value (custom_fields=Y). UTF-8, '' | and TAB are stored as given; a value the server would change (a + becomes a space, ; and " are stripped, backslash escapes are interpreted) is reported like the other fields, and one ending in a backslash is refused. A list without custom fields gives a warning; names the list does not have are an error.'
        ResetLead           = 'Resets the lead for dialing (reset_lead=Y), as a list reset does for one lead.'
        Archived            = 'Changes leads in the archive table (archived_lead=Y). Search results found in the archive are changed there anyway.'
        AllowCleanedValues  = 'Sends values the server would store differently (stripped, cut or replaced characters), with a warning for each; without it such a lead is not sent and an error names each value.'
    }
    Inputs      = @(
        @{ Type = 'System.Int64'; Description = 'Lead ids.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Search results: each of their LeadIds, in the archive when Archived is true.' }
        @{ Type = 'VicidialLeads.VicidialLead'; Description = 'Leads read with Get-VicidialLead (their other properties are not sent).' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a lead id column; the columns that name lead fields are the values.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.LeadChangeResult'; Description = 'With -PassThru, one per lead: LeadId, Action, Archived, Fields, Cleaned, Message and InputObject.' }
    )
    Examples    = @(
        @{
            Title   = 'A CRM status sync from CSV, with -WhatIf first'
            Code    = @'
Import-Csv crm-status.csv | Set-VicidialLead -WhatIf
Import-Csv crm-status.csv | Set-VicidialLead -PassThru | Export-Csv sync-report.csv -NoTypeInformation
'@
            Remarks = 'crm-status.csv has the columns lead_id and status (any other lead field columns are sent too). The first line shows per lead what would change and which values the server would store differently; the second changes the leads and keeps a report of what happened to each.'
        }
        @{
            Title   = 'Set every lead of a number to DNC'
            Code    = 'Search-VicidialLead 3125550000 | Set-VicidialLead -Status DNC -PassThru'
            Remarks = 'Every lead of the number is named and changed, not only the newest one.'
        }
        @{
            Title   = 'Move a lead to another list, reset it and set a custom field'
            Code    = "Set-VicidialLead 1001 -ListId 102 -ResetLead -CustomField @{ account_no = 'AC-100001' }"
            Remarks = 'The lead moves to list 102 and is reset for dialing; the custom field is stored as given.'
        }
        @{
            Title   = 'Correct a lead''s phone number and dialing details'
            Code    = "Set-VicidialLead 1007 -PhoneNumber 3125550199 -PhoneCode 1 -GmtOffset -6 -CalledCount 0 -PassThru"
            Remarks = 'The phone number changes with update_phone_number=Y; a value the server would store differently, such as -PhoneNumber ''(312) 555-0199'', stops the command before anything is sent.'
        }
        @{
            Title   = 'Send a name the server will strip'
            Code    = "Set-VicidialLead 1007 -FirstName 'José' -AllowCleanedValues"
            Remarks = 'Without -AllowCleanedValues the lead is not sent, and an error says first_name would be stored as Jos.'
        }
    )
    Links       = @('Search-VicidialLead', 'Get-VicidialLead', 'Remove-VicidialLead', 'Restore-VicidialLead', 'about_VicidialLeads')
}
