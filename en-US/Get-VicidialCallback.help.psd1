@{
    Synopsis    = 'Reads the scheduled callbacks of leads (lead_callback_info), current, archived or both, one typed record per callback.'
    Description = @'
Get-VicidialCallback reads the callbacks of leads with the API's lead_callback_info function and writes one VicidialLeads.VicidialCallback per callback: LeadId, Table (Current or Archive), Recipient (USERONLY or ANYONE), Status (ACTIVE, LIVE, INACTIVE), LeadStatus, CallbackTime, EntryTime, User, ListId, CampaignId, UserGroup, CustomerTimeZone, CustomerTime and Comments. Leads are answered in input order, one request each.

Lead ids come as arguments (-LeadId) or from the pipeline: numbers, dash-joined text, Search-VicidialLead results (all their LeadIds), Get-VicidialLead leads, or rows with a LeadIds, lead_id or LeadId column. A value that is not a lead id is a non-terminating InvalidArgument error naming it, in its place.

By default the current callbacks (vicidial_callbacks) are read; -Archived reads the archive (vicidial_callbacks_archive) instead, and -IncludeArchived reads both, archived ones first. A lead without callbacks is named in a -Verbose line, and the run ends with a -Verbose summary.

Server quirks handled: the module never sends the header flag, because header=Y (rather than YES) makes the server answer CALLBACK NOT FOUND although the lead has callbacks. A comment holding an apostrophe (customer's request) makes the server fail with HTTP 500 after it has printed the whole answer: that answer is read, not retried; an empty or cut HTTP 500 is still a failure that is retried. Comments holding the | delimiter or a newline are read whole.

Dates: CallbackTime and EntryTime are the server's local time, read as DateTime values of unspecified kind; CustomerTime is the callback time in the customer's time zone, when the agent set one (else null). The session's ServerUtcOffset (from the server's version answer, TZNOW) turns them into UTC: $callback.CallbackTime - (Get-VicidialSession).ServerUtcOffset.

Permissions: lead_callback_info needs an API user with user level 7 or more and View Reports set to 1. A user without them stops the command with one PermissionDenied error that names the setting.
'@
    Parameters  = @{
        LeadId                   = 'The lead ids whose callbacks to read, as arguments (Get-VicidialCallback 1010023). Pipeline input goes to -InputObject.'
        InputObject              = 'What the pipeline gives: lead ids, Search-VicidialLead results (their LeadIds), Get-VicidialLead leads, or rows with a LeadIds, lead_id or LeadId column.'
        Archived                 = 'Reads the archived callbacks (vicidial_callbacks_archive) instead of the current ones.'
        IncludeArchived          = 'Reads both tables: the archived callbacks first, then the current ones.'
        Session                  = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit            = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 to 10000; 0 means no limit). When omitted, the session''s limit.'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.Int64'; Description = 'Lead ids, by value; text too, dash-joined ids included.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Results of Search-VicidialLead: their LeadIds are read.' }
        @{ Type = 'VicidialLeads.VicidialLead'; Description = 'Leads of Get-VicidialLead: their LeadId is read.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.VicidialCallback'; Description = 'One per callback, in the server''s order (archived first with -IncludeArchived).' }
    )
    Examples    = @(
        @{
            Title   = 'The callbacks set for a customer, archive included'
            Code    = 'Search-VicidialLead 9998886112 | Get-VicidialCallback -IncludeArchived | Format-Table'
            Remarks = 'Every lead of the number; the archived callbacks of each lead come before its current ones.'
        }
        @{
            Title   = 'Callbacks due in the next day'
            Code    = 'Import-Csv leads.csv | Get-VicidialCallback | Where-Object { $_.Status -eq ''ACTIVE'' -and $_.CallbackTime -lt (Get-Date).AddDays(1) }'
            Remarks = 'CallbackTime is the server''s local time: compare it with the server''s clock when this computer is in another time zone.'
        }
    )
    Links       = @('Get-VicidialCallLog', 'Get-VicidialRecording', 'Get-VicidialLead', 'about_VicidialLeads')
}
