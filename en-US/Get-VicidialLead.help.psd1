@{
    Synopsis    = 'Reads whole VICIdial leads (lead_all_info) by lead id or phone number, with typed fields and optional custom fields.'
    Description = @'
Get-VicidialLead reads leads with the API's lead_all_info function and writes one VicidialLeads.VicidialLead per lead, with every standard field as a typed property (LeadId, Status, ListId, GmtOffsetNow, PhoneNumber, FirstName, LastName, the address fields, DateOfBirth, Email, Comments, CalledCount, LastLocalCallTime, Rank, Owner, EntryListId and more). With -IncludeCustomFields, the custom fields of the lead's list are added both as properties and, in the server's order, in CustomFields.

Lead ids come from the pipeline: numbers, search results, or rows with a LeadIds, lead_id or LeadId column, so Search-VicidialLead 9998885112 | Get-VicidialLead returns every lead of that number, Import-Csv ids.csv | Get-VicidialLead works, and so does Import-Csv of exported search results (their dash-joined LeadIds column is split). Dash-joined ids are read from a LeadIds column only: a bare value or lead_id cell shaped like a phone number (202-555-1001) is an InvalidLeadId error that says to use -PhoneNumber, never three leads of other customers; and a ten-digit lead id that is no lead says it looks like a phone number. A search result found in the archive (Search-VicidialLead -Archived), or a row whose Archived column is True, is read from the archive. Rows without a lead id column are read by their phone columns, found as Search-VicidialLead finds them (every column with an accepted name is read, or those named by -PhoneProperty); a row with neither stops the command with one InvalidArgument error listing its columns and the accepted names, and blank rows are skipped and counted in the -Verbose summary. -PhoneNumber, and phone columns, read every lead of each number, newest first (the server gives 1,000 at once; the others are read by id; -Records caps them with a warning that names how many the number has), with the same input rules as Search-VicidialLead: spreadsheet artefacts, extensions, -PhoneCode, and a number carrying the country code read in both forms and merged.

Export: Export-Csv writes the standard columns first, in this order: LeadId, Status, User, VendorLeadCode, SourceId, ListId, GmtOffsetNow, PhoneCode, PhoneNumber, Title, FirstName, MiddleInitial, LastName, Address1, Address2, Address3, City, State, Province, PostalCode, CountryCode, Gender, DateOfBirth, AltPhone, Email, SecurityPhrase, Comments, CalledCount, LastLocalCallTime, Rank, Owner, EntryListId, Archived; then the custom fields, in the server's order. CustomFields itself is hidden (read it by name), so no type-name column is written. Export-Csv takes its columns from the first object: when leads come from lists with different custom fields, select the union of every lead's columns first (see the examples).

The server prints values raw: a delimiter or a newline inside a comment would shift the fields. Get-VicidialLead asks with a header before every record, so newlines cannot split records, and when a value holds the pipe delimiter it asks again with the tab, then the csv delimiter; no value is lost or shifted. On a lead whose list has no custom fields, the real server answers a custom-fields request with an empty HTTP 500: that lead still comes back with its standard fields, without pointless retries. On PHP 8 the server also fails with an empty HTTP 500 on a lead with a quote in any field (O'Brien), and on every phone-number read that includes it: its API log (vicidial_api_log) does not escape quotes. Such a lead is read field by field with lead_field_info (about 30 requests), custom fields included when another lead of its list was read in the same command (else a warning says they are missing); such a failure never counts toward the outage stop. If even that fails, a LeadUnreadable (ReadError) error says why and what the server's admin can do.

A lead that does not exist is a non-terminating ObjectNotFound error naming the lead id; the pipeline goes on. Login and permission errors stop the command, as in Search-VicidialLead, with the password never shown.

Outages are handled as in Search-VicidialLead: a short one holds the run until the server answers again and costs nothing; a long one (Connect-VicidialApi -MaximumOutageSec, -MaximumConsecutiveFailures) stops the command with one terminating ServerUnavailable error that says how many lead ids were answered, failed and not sent. Interactive runs show progress, with percent complete and time remaining for an array given to -LeadId or -PhoneNumber.
'@
    Parameters  = @{
        LeadId              = 'The lead ids to read, as arguments (Get-VicidialLead 1001, 1004). Pipeline input goes to -InputObject.'
        PhoneNumber         = 'Phone numbers whose leads to read (every lead of each, newest first; see -Records), with the input rules of Search-VicidialLead: spaces, dashes, dots and parentheses are ignored, spreadsheet artefacts and extensions are read, a leading + must be followed by -PhoneCode; 6 to 18 digits must remain.'
        InputObject         = 'What the pipeline gives: lead ids (numbers, or their text; a value shaped like a phone number is refused), Search-VicidialLead results (their LeadIds, from the archive when they were found there), or rows with a LeadIds, lead_id or LeadId column (and optionally Archived), or else a phone number column.'
        PhoneProperty       = 'The columns of the pipeline rows that hold phone numbers (one or several: -PhoneProperty Mobile, ''Home Phone''); the rows are then read by phone number even when they have a lead id column.'
        Records             = @{ Description = 'The most leads read per phone number, newest first (1 to 1000000). A number that has more gets a warning that names how many it has. A lead id is always one lead.'; Default = 'Every lead' }
        PhoneCode           = @{ Description = 'The country code of the phone numbers, 1 to 3 digits without + (VICIdial''s phone_code), as in Search-VicidialLead.'; Default = '1' }
        Session             = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace. One session can serve several runspaces of this process at once: pass it to ForEach-Object -Parallel or Start-ThreadJob as $using:session. A session cannot travel to another process (Start-Job, Invoke-Command): a copy that arrives from one is refused with an error that says so.'; Default = 'The default session' }
        Archived            = 'Reads the archive table (vicidial_list_archive) instead of the live lead table.'
        IncludeCustomFields = 'Adds the custom fields of each lead''s list, as properties and in CustomFields.'
        ThrottleLimit       = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends, counting every request in flight (0 to 10000; 0 means no limit). Requests wait their turn in a token bucket, which keeps a production dialer''s lead table from being locked by back-to-back lead_search queries; -Verbose says when requests are held back. When omitted, the session''s limit (Connect-VicidialApi -MaximumRequestsPerSecond), which all commands on the session share.'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.Int64'; Description = 'Lead ids, by value; their text too.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Results of Search-VicidialLead: their LeadIds are read, from the archive when Archived is true.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a LeadIds, lead_id or LeadId column (dash-joined ids are split in a LeadIds column only; an Archived column of True reads the archive), or else phone number columns, such as Import-Csv rows. A bare value is one lead id: a value shaped like a phone number (202-555-1001) is an error that says to use -PhoneNumber.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.VicidialLead'; Description = 'One per lead, with typed standard fields, Archived, and CustomFields.' }
    )
    Examples    = @(
        @{
            Title   = 'Screen pop: the caller''s newest lead'
            Code    = @'
$lead = Search-VicidialLead $callerId -Records 1 | Get-VicidialLead
if ($lead) { "{0} {1}, list {2}, status {3}" -f $lead.FirstName, $lead.LastName, $lead.ListId, $lead.Status }
'@
            Remarks = 'Finds the newest lead of the calling number and reads it whole.'
        }
        @{
            Title   = 'Every lead of a number, with custom fields'
            Code    = 'Get-VicidialLead -PhoneNumber 999-888-5112 -IncludeCustomFields | Format-List LeadId, FirstName, LastName, account_no, CustomFields'
            Remarks = 'Custom fields are properties too, so Format-List, Select-Object and Export-Csv see them by name.'
        }
        @{
            Title   = 'Export leads listed in a CSV file'
            Code    = 'Import-Csv ids.csv | Get-VicidialLead | Export-Csv leads.csv -NoTypeInformation'
            Remarks = 'ids.csv has a lead_id column; lead ids that do not exist leave an ObjectNotFound error each and the export goes on.'
        }
        @{
            Title   = 'Read back exported search results, archive included'
            Code    = @'
Search-VicidialLead 7185550123 -Archived | Export-Csv found.csv -NoTypeInformation
Import-Csv found.csv | Get-VicidialLead
'@
            Remarks = 'The LeadIds column (5002-5001) is split, and the Archived column sends the reads to the archive.'
        }
        @{
            Title   = 'One file with every custom column, from lists with different custom fields'
            Code    = @'
$leads = Get-VicidialLead 1001, 1004, 1009 -IncludeCustomFields
$columns = $leads | ForEach-Object { $_.PSObject.Properties.Name } | Select-Object -Unique
$leads | Select-Object $columns | Export-Csv all-leads.csv -NoTypeInformation
'@
            Remarks = 'Export-Csv takes its columns from the first lead; selecting the union of every lead''s columns first keeps the standard columns first and every custom column, empty where a lead''s list lacks it.'
        }
    )
    Links       = @('Search-VicidialLead', 'Connect-VicidialApi', 'about_VicidialLeads')
}
