@{
    Synopsis    = 'Finds the VICIdial lead ids of phone numbers, one typed result per number, in input order.'
    Description = @'
Search-VicidialLead asks the server's lead_search function about phone numbers and writes one VicidialLeads.LeadSearchResult per valid input number: the digits searched (PhoneNumber), the value as given (InputValue), RecordsFound, LeadIds (newest first), Archived and Truncated. Results come out in input order and stream as batches complete; a number without leads has RecordsFound 0 and no lead ids. It reads phone numbers from the pipeline, by value or by property name, so Import-Csv rows with a phone_number, Phone, PhoneNumber or Number column bind without renaming.

Input rules: spaces, dashes, dots, parentheses and a leading + are ignored; what remains must be 6 to 18 digits, the server's own rule. Any other value gets a non-terminating InvalidArgument error naming it, is never sent, and the pipeline goes on.

The module handles the server's quirks for you. Numbers go in batches (-BatchSize) of distinct numbers, several in flight at once (-ThrottleLimit) after the first request has proved the login. The server applies its records limit to a whole request rather than per number, so one busy number could starve the others: when an answer reaches the limit, the batch is asked again in halves until every number's answer is complete. Numbers equal as integers but written with leading zeros never share a request (the server would report a false hit for both). The server's all-miss error becomes zero-lead results. With -UseGet on the session, requests stay within Apache's URL length limit.

Connection faults, time-outs, HTTP 5xx answers and bodies that are not VICIdial's are retried with exponential backoff (see Connect-VicidialApi -MaximumRetryCount); if a batch still fails, each of its numbers gets a non-terminating ConnectionError or ProtocolError error naming it. When the server itself stops answering, the run is held (nothing new is sent) until a check of the API gets an answer, so a short outage costs nothing; a long one (Connect-VicidialApi -MaximumOutageSec, -MaximumConsecutiveFailures) stops the run with one terminating ConnectionError, ServerUnavailable, that says how many numbers were answered, failed and not sent, and from which input to resume. A rejected login, a locked or IP-blocked user, a missing permission or an invalid source stop the command with a terminating error that never contains the password.
'@
    Parameters  = @{
        PhoneNumber   = 'The phone numbers to search. Accepts pipeline input by value and by property name (aliases phone_number, Phone, Number).'
        VendorLeadCode = 'Vendor lead codes to search instead of phone numbers (the API''s search_method VENDOR_LEAD_CODE). Accepts pipeline input by property name (alias vendor_lead_code). A code has 1 to 20 characters, without commas, pipes, quotes, backslashes, semicolons or control characters. Results show the code in VendorLeadCode.'
        ListId        = @{ Description = 'Limits the search to this list, or with -Scope Campaign to the campaign that holds it. A list id under 100 is refused: the server would ignore it and search every list.'; Default = 'None (every list)' }
        Scope         = @{ Description = 'Where to search: System (every list), List (the list -ListId names) or Campaign (every list of the campaign that holds -ListId). List when -ListId is given, System otherwise.'; Default = 'System, or List with -ListId' }
        Session       = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace. One session can serve several runspaces of this process at once: pass it to ForEach-Object -Parallel or Start-ThreadJob as $using:session. A session cannot travel to another process (Start-Job, Invoke-Command): a copy that arrives from one is refused with an error that says so.'; Default = 'The default session' }
        Records       = @{ Description = 'The most lead ids wanted per number, newest first (1 to 1000000). When a number has more, its result holds the newest ones and Truncated is true.'; Default = '1000' }
        Archived      = 'Searches the archive table (vicidial_list_archive) instead of the live lead table.'
        BatchSize     = @{ Description = 'The most distinct numbers sent in one request (1 to 1000).'; Default = '500' }
        ThrottleLimit = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone, so a wrong password costs exactly one failed login.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends, counting every request in flight (0 to 10000; 0 means no limit). Requests wait their turn in a token bucket, which keeps a production dialer''s lead table from being locked by back-to-back lead_search queries; -Verbose says when requests are held back. When omitted, the session''s limit (Connect-VicidialApi -MaximumRequestsPerSecond), which all commands on the session share.'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'Phone numbers, by value.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Objects with a PhoneNumber, phone_number, Phone or Number property, such as Import-Csv rows.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'One per valid input number: PhoneNumber, InputValue, RecordsFound, LeadIds, Archived, Truncated. LeadIds prints dash-joined, as Export-Csv writes it.' }
    )
    Notes       = @'
Run Connect-VicidialApi first. With -Verbose, each request reports its function, how many numbers it carried, how many lead ids came back and how long it took; no credentials are ever written.
'@
    Examples    = @(
        @{
            Title   = 'Search the numbers of a CSV file'
            Code    = 'Import-Csv numbers.csv | Search-VicidialLead'
            Remarks = 'Each row''s phone_number (or Phone, PhoneNumber, Number) column is searched; one result per row comes out, in the file''s order.'
        }
        @{
            Title   = 'Look up the caller of a screen pop'
            Code    = @'
$result = Search-VicidialLead '(999) 888-5112' -Records 1
if ($result.RecordsFound -gt 0) { "Newest lead: $($result.LeadIds[0])" } else { 'New caller' }
'@
            Remarks = 'Formatting is ignored; -Records 1 asks only for the newest lead.'
        }
        @{
            Title   = 'Export the results to CSV'
            Code    = 'Import-Csv numbers.csv | Search-VicidialLead | Export-Csv leads.csv -NoTypeInformation'
            Remarks = 'LeadIds are written dash-joined (1011-1007-1004-1001), as the server prints them.'
        }
        @{
            Title   = 'Collect per-number errors in a runbook'
            Code    = @'
$found = Import-Csv numbers.csv | Search-VicidialLead -ErrorVariable searchErrors -ErrorAction SilentlyContinue
$searchErrors | ForEach-Object { "{0}: {1}" -f $_.TargetObject, $_.Exception.Message }
'@
            Remarks = 'Invalid numbers and numbers the server could not be asked about each leave one error whose TargetObject is the input value; use -ErrorAction Stop to stop at the first one instead.'
        }
        @{
            Title   = 'Search the archive'
            Code    = 'Search-VicidialLead 7185550123 -Archived'
            Remarks = 'Looks only in vicidial_list_archive.'
        }
        @{
            Title   = 'Search politely during calling hours, and resume after an outage'
            Code    = @'
$numbers = (Import-Csv numbers.csv).phone_number
try {
    Search-VicidialLead -PhoneNumber $numbers -MaximumRequestsPerSecond 5 -ErrorVariable failed -ErrorAction SilentlyContinue |
        Export-Csv leads.csv -NoTypeInformation
}
catch [VicidialLeads.VicidialServerUnavailableException] {
    $resume = @($failed.TargetObject) + $numbers[$numbers.IndexOf($_.TargetObject)..($numbers.Count - 1)]
}
'@
            Remarks = 'At most 5 requests per second, however many are in flight. If the server stays away longer than the session''s -MaximumOutageSec, the search stops with one ServerUnavailable error whose TargetObject is the first number not sent; the numbers that failed are in $failed.'
        }
        @{
            Title   = 'Share one session with parallel runspaces'
            Code    = @'
$session = Connect-VicidialApi -Server vicidial.example.com -Credential apiuser -PassThru
Get-ChildItem numbers-*.csv | ForEach-Object -ThrottleLimit 4 -Parallel {
    Import-Csv $_ | Search-VicidialLead -Session $using:session | Export-Csv "$($_.BaseName)-leads.csv" -NoTypeInformation
}
'@
            Remarks = 'Runspaces of one process (ForEach-Object -Parallel, Start-ThreadJob) can share a session through $using:. A session cannot travel to another process: in Start-Job it arrives as a copy and is refused; connect inside the job instead.'
        }
        @{
            Title   = 'Search one campaign by vendor lead code'
            Code    = 'Search-VicidialLead -VendorLeadCode ACME-0042, VLC-5112-A -ListId 101 -Scope Campaign'
            Remarks = 'Finds the leads with these vendor codes in the lists of the campaign that holds list 101.'
        }
    )
    Links       = @('Connect-VicidialApi', 'Disconnect-VicidialApi', 'about_VicidialLeads')
}
