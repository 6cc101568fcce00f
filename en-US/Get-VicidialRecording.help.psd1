@{
    Synopsis    = 'Finds the call recordings of leads, or of an agent on one day (recording_lookup), one typed record per recording.'
    Description = @'
Get-VicidialRecording finds recordings with the API's recording_lookup function and writes one VicidialLeads.VicidialRecording per recording: StartTime, User, RecordingId, LeadId, LengthSec and Location (a System.Uri, usually an http URL of the recording file). Per question the recordings come oldest first; questions are answered in input order.

By lead: lead ids as arguments (-LeadId) or from the pipeline: numbers, dash-joined text, Search-VicidialLead results (all their LeadIds), Get-VicidialLead leads, or rows with a LeadIds, lead_id or LeadId column. One request per lead. A value that is not a lead id is a non-terminating InvalidArgument error naming it, in its place.

By agent and day: -User with -Date (the server matches the date part of the recording's start, in the server's local time).

LengthSec is always asked for (duration=Y): where the server stored no length it is computed from the recording's start and end, and 0 when neither is known. The server's header line never names this column (it is left out on purpose), and a search by uniqueid is not offered: the server matches a uniqueid by its second only, so it returns the recordings of every call started in that second.

A lead (or agent and day) without recordings is named in a -Verbose line, and the run ends with a -Verbose summary of what was looked up, the recordings written, the questions without recordings and the errors.

Dates: StartTime is the server's local time, read as a DateTime of unspecified kind; the session's ServerUtcOffset (from the server's version answer, TZNOW) turns it into UTC: $recording.StartTime - (Get-VicidialSession).ServerUtcOffset.

Permissions: recording_lookup needs an API user with user level 7 or more and View Reports set to 1. A user without them stops the command with one PermissionDenied error that names the setting.
'@
    Parameters  = @{
        LeadId                   = 'The lead ids whose recordings to find, as arguments (Get-VicidialRecording 1010023). Pipeline input goes to -InputObject.'
        InputObject              = 'What the pipeline gives: lead ids, Search-VicidialLead results (their LeadIds), Get-VicidialLead leads, or rows with a LeadIds, lead_id or LeadId column.'
        User                     = 'The agent (VICIdial user, 3 to 20 characters) whose recordings to find, with -Date.'
        Date                     = 'The day of the agent''s recordings (only its date is used), in the server''s local time.'
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
        @{ Type = 'VicidialLeads.VicidialRecording'; Description = 'One per recording, oldest first per question.' }
    )
    Examples    = @(
        @{
            Title   = 'The recordings of a customer''s leads'
            Code    = 'Search-VicidialLead 9998886112 | Get-VicidialRecording | Format-Table'
            Remarks = 'Every lead of the number, one request each.'
        }
        @{
            Title   = 'An agent''s recordings of one day, with their files'
            Code    = 'Get-VicidialRecording -User 6666 -Date 2026-11-30 | Select-Object StartTime, LengthSec, @{ n = ''File''; e = { $_.Location.AbsoluteUri } }'
            Remarks = 'Location is a Uri; download with Invoke-WebRequest $_.Location -OutFile ... where the recording server allows it.'
        }
    )
    Links       = @('Get-VicidialCallLog', 'Get-VicidialCallback', 'Search-VicidialLead', 'about_VicidialLeads')
}
