@{
    Synopsis    = 'Reads the calls placed to and received from phone numbers (phone_number_log), one typed record per call.'
    Description = @'
Get-VicidialCallLog reads the call logs of phone numbers with the API's phone_number_log function and writes one VicidialLeads.VicidialCall per call: PhoneNumber, Direction (Outbound from vicidial_log, Inbound from vicidial_closer_log), CallDate, ListId, LengthSec, LeadStatus (the lead's status now), HangupReason (who ended the call), CallStatus (the call's disposition), SourceId and User (the agent, or VDAD). For each input number its calls come newest first, outbound and inbound merged by date; inputs are answered in input order.

Numbers come as arguments or from the pipeline: text or numbers, Search-VicidialLead results and Get-VicidialLead leads (their PhoneNumber), or rows of any shape whose phone column is found as Search-VicidialLead finds it (phone_number, PhoneNumber, Phone, Mobile, ... or -PhoneProperty). The phone rules are those of Search-VicidialLead: spaces, dashes, dots and parentheses are ignored, spreadsheet artefacts and extensions are read, and a number given with its country code (+1 ...) is read in both forms and merged. A row with only a vendor_lead_code column is not read: call logs are kept by phone number. A value that is not a phone number is a non-terminating InvalidArgument error naming it, in its place.

Many numbers go in one request (-BatchSize, 100 by default); -Type All, the default, sends one request for the outbound calls and one for the inbound calls of each batch, because the server's own ALL answer does not say which table a call came from. With -Last only the newest call of each number is written.

Numbers without calls: the server leaves them out of its answer. Get-VicidialCallLog names each one in a -Verbose line ("No calls: phone number 5557000199 ...") and ends with a -Verbose summary of the numbers read, the calls written, the numbers without calls and the errors. No placeholder record is written, so the output stays one call per record for Export-Csv and further pipelines.

Dates: CallDate is the server's local time, as VICIdial stores it, read as a DateTime of unspecified kind (nothing converts it to this computer's time zone). The session holds the server's offset from UTC, read from its version answer (TZNOW) at Connect-VicidialApi: $call.CallDate - (Get-VicidialSession).ServerUtcOffset is the call's time in UTC.

Permissions: phone_number_log needs an API user with user level 7 or more and View Reports set to 1 (VICIdial admin, Users). A user without them stops the command with one PermissionDenied error that names the setting; nothing is retried.
'@
    Parameters  = @{
        PhoneNumber              = 'The phone numbers whose calls to read, as arguments (Get-VicidialCallLog 5557000101, 5557000199). Pipeline input goes to -InputObject.'
        InputObject              = 'What the pipeline gives: phone numbers, Search-VicidialLead results and Get-VicidialLead leads (their PhoneNumber), or rows of any shape with a phone number column.'
        PhoneProperty            = 'The column of the pipeline rows that holds the phone number, instead of the first accepted name.'
        PhoneCode                = @{ Description = 'The country code of the phone numbers, 1 to 3 digits without + (VICIdial''s phone_code), as in Search-VicidialLead.'; Default = '1' }
        Type                     = @{ Description = 'Outbound (the server''s OUT: vicidial_log), Inbound (IN: vicidial_closer_log) or All (both, merged by date).'; Default = 'All' }
        Last                     = 'Writes only the newest call of each number (of the type asked): the server''s detail=LAST.'
        BatchSize                = @{ Description = 'Distinct numbers per request (1 to 500).'; Default = '100' }
        Session                  = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit            = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 to 10000; 0 means no limit). When omitted, the session''s limit.'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'Phone numbers, by value; numbers too.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Results of Search-VicidialLead: their PhoneNumber is read.' }
        @{ Type = 'VicidialLeads.VicidialLead'; Description = 'Leads of Get-VicidialLead: their PhoneNumber is read.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a phone number column, such as Import-Csv rows.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.VicidialCall'; Description = 'One per call; per number newest first.' }
    )
    Examples    = @(
        @{
            Title   = 'What happened to this customer'
            Code    = @'
Search-VicidialLead 9998886112 | ForEach-Object {
    $_ | Get-VicidialCallLog
    $_ | Get-VicidialRecording
    $_ | Get-VicidialCallback
} | Format-List
'@
            Remarks = 'From one phone number to its calls, the recordings of its leads and their callbacks, in one pipeline.'
        }
        @{
            Title   = 'The calls of a number, newest first'
            Code    = 'Get-VicidialCallLog 555-700-0101 | Format-Table'
            Remarks = 'Outbound and inbound calls merged by date; CallDate is the server''s local time.'
        }
        @{
            Title   = 'The last outbound call of every number of a file'
            Code    = 'Import-Csv customers.csv | Get-VicidialCallLog -Type Outbound -Last -Verbose | Export-Csv last-calls.csv -NoTypeInformation'
            Remarks = 'Many numbers per request; -Verbose names every number without calls and ends with a count.'
        }
    )
    Links       = @('Get-VicidialRecording', 'Get-VicidialCallback', 'Search-VicidialLead', 'about_VicidialLeads')
}
