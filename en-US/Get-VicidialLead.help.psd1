@{
    Synopsis    = 'Reads whole VICIdial leads (lead_all_info) by lead id or phone number, with typed fields and optional custom fields.'
    Description = @'
Get-VicidialLead reads leads with the API's lead_all_info function and writes one VicidialLeads.VicidialLead per lead, with every standard field as a typed property (LeadId, Status, ListId, GmtOffsetNow, PhoneNumber, FirstName, LastName, the address fields, DateOfBirth, Email, Comments, CalledCount, LastLocalCallTime, Rank, Owner, EntryListId and more). With -IncludeCustomFields, the custom fields of the lead's list are added both as properties and, in the server's order, in CustomFields.

Lead ids come from the pipeline by value or by property name (LeadIds, LeadId, lead_id), so Search-VicidialLead 9998885112 | Get-VicidialLead returns every lead of that number, and Import-Csv ids.csv | Get-VicidialLead works. -PhoneNumber reads up to 1000 leads of each number, newest first, with the same input rules as Search-VicidialLead.

The server prints values raw: a delimiter or a newline inside a comment would shift the fields. Get-VicidialLead asks with a header before every record, so newlines cannot split records, and when a value holds the pipe delimiter it asks again with the tab, then the csv delimiter; no value is lost or shifted. On a lead whose list has no custom fields, the real server answers a custom-fields request with an empty HTTP 500: that lead still comes back with its standard fields, without pointless retries.

A lead that does not exist is a non-terminating ObjectNotFound error naming the lead id; the pipeline goes on. Login and permission errors stop the command, as in Search-VicidialLead, with the password never shown.

Outages are handled as in Search-VicidialLead: a short one holds the run until the server answers again and costs nothing; a long one (Connect-VicidialApi -MaximumOutageSec, -MaximumConsecutiveFailures) stops the command with one terminating ServerUnavailable error that says how many lead ids were answered, failed and not sent. Interactive runs show progress, with percent complete and time remaining for an array given to -LeadId or -PhoneNumber.
'@
    Parameters  = @{
        LeadId              = 'The lead ids to read. Accepts pipeline input by value and by property name (aliases LeadIds, lead_id).'
        PhoneNumber         = 'Phone numbers whose leads to read (up to 1000 each, newest first). Spaces, dashes, dots, parentheses and a leading + are ignored; 6 to 18 digits must remain.'
        Session             = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace. One session can serve several runspaces of this process at once: pass it to ForEach-Object -Parallel or Start-ThreadJob as $using:session. A session cannot travel to another process (Start-Job, Invoke-Command): a copy that arrives from one is refused with an error that says so.'; Default = 'The default session' }
        Archived            = 'Reads the archive table (vicidial_list_archive) instead of the live lead table.'
        IncludeCustomFields = 'Adds the custom fields of each lead''s list, as properties and in CustomFields.'
        ThrottleLimit       = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends, counting every request in flight (0 to 10000; 0 means no limit). Requests wait their turn in a token bucket, which keeps a production dialer''s lead table from being locked by back-to-back lead_search queries; -Verbose says when requests are held back. When omitted, the session''s limit (Connect-VicidialApi -MaximumRequestsPerSecond), which all commands on the session share.'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.Int64'; Description = 'Lead ids, by value.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Results of Search-VicidialLead: their LeadIds are read.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Objects with a LeadId, LeadIds or lead_id property, such as Import-Csv rows.' }
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
    )
    Links       = @('Search-VicidialLead', 'Connect-VicidialApi', 'about_VicidialLeads')
}
