@{
    Synopsis    = 'Finds the VICIdial lead ids of phone numbers, one typed result per number, in input order.'
    Description = @'
Search-VicidialLead asks the server's lead_search function about phone numbers and writes one VicidialLeads.LeadSearchResult per valid input number: the digits searched (PhoneNumber), the value as given (InputValue), RecordsFound, LeadIds (newest first), Archived, Truncated and InputObject (the pipeline object the number came from: the CSV row, hashtable or string, so a report can pair every result with its row, duplicates included; InputObject is hidden from Export-Csv and Format-List *, read it by name). Results come out in input order and stream as batches complete; a number without leads has RecordsFound 0 and no lead ids.

Any row shape: the pipeline takes phone numbers (text or numbers) and rows of any shape (Import-Csv rows, objects, hashtables, DataRows). A row's phone columns are found by name, ignoring case, spaces, underscores, dashes and dots: phone_number (also PhoneNumber, Phone Number), Phone, Mobile, MobilePhone, MobileNumber, Mobile Phone Number, Cell, CellPhone, CellNumber, Telephone, TelephoneNumber, Tel, Home, Home Phone, Work, Work Phone, Business Phone, Other Phone, and Number when none of the others is there (Number alone is as often an account number). Every phone column of a row is searched, so no number of the row goes unsearched: each result names its column in PhoneColumn, an empty column beside others is no mistake, and a row with all of them empty is one error that names them. -Verbose says which columns are read, once per row layout. -PhoneProperty names the columns instead (one or several). A row with none of these columns stops the command with one InvalidArgument error (PhoneColumnNotFound) at the first such row, after the rows before it: the message lists the row's columns, the accepted names and how to name one (-PhoneProperty mobile); nothing is sent for it. A file read with the wrong delimiter (one column named 'Name;Mobile Phone;City') is one WrongDelimiter error that says which -Delimiter to give Import-Csv. Blank rows (the ;; lines spreadsheets leave) are skipped and counted in the -Verbose summary, not errors. Rows with a vendor_lead_code column and no phone column are searched by vendor lead code, as with -VendorLeadCode.

Input rules: spaces (non-breaking too), dashes (Unicode dashes too), dots and parentheses are ignored; what remains must be 6 to 18 digits, the server's own rule. Spreadsheet artefacts that mean one number are read as that number: 9998885112.0, 9.998885112E+09 (only when every digit is there), ="9998885112", a leading apostrophe; numbers (int, long, double, decimal) on the pipeline too. An extension written x12, ext. 12, extension 12 or #12 at the end is dropped and the number searched. Anything ambiguous is an error that says why: scientific notation that lost digits (9.99889E+09: format the column as text and export again), a number with a fraction, a floating-point number too large to be exact. Any other value gets a non-terminating InvalidArgument error naming it, is never sent, and the pipeline goes on. A mistake that runs through a whole file is one error, not one per row: when 10 values in a row have the same country code other than -PhoneCode, or lost digits to scientific notation, the command stops with one InvalidArgument error (RepeatedInputMistake) whose RecommendedAction names the fix.

Country codes: VICIdial keeps a lead's country code in phone_code, apart from phone_number. -PhoneCode (default 1, VICIdial's own default) is the country code of the numbers. A number written with a leading + is international: +<PhoneCode> is stripped; any other country code is an InvalidArgument error that says which -PhoneCode to pass (+44 20 7946 0958: -PhoneCode 44). A number without + that begins with the phone code, is longer than 10 digits and has at most 10 digits after the code (for -PhoneCode 1: 11 digits beginning with 1, such as 1-999-888-5112) may carry the code. Every number that carries the code, with or without +, is searched in both forms, without the code (as VICIdial stores it) and with it (in case leads were loaded that way), and the two answers are merged: lead ids newest first without repeats, at most -Records of them, Truncated when either form was cut or the merge passed -Records. PhoneNumber shows the number without the code. A number without the code is searched only as written.

Enrichment: with -AppendResult, each input row is written once, in input order, instead of a result: a copy of the row (the input row or hashtable is not changed; a hashtable becomes an object with its keys as columns; a plain value becomes a PhoneNumber column) with four columns appended: RecordsFound, LeadIds (dash-joined), Truncated, and SearchError (empty, or why the row could not be searched; RecordsFound and Truncated are then empty), and with -Archived a fifth, Archived, so that Import-Csv of the file into Get-VicidialLead reads the archive again. A row with several phone columns is written once, with the leads of all its numbers (newest first, each once). A DataRow (Invoke-Sqlcmd, dbatools) is copied by its columns only. A row that already has a column of one of these names keeps it in its place with the new value (so an enriched file can be enriched again). Error records still go to the error stream.

The module handles the server's quirks for you. Numbers go in batches (-BatchSize) of distinct numbers, several in flight at once (-ThrottleLimit) after the first request has proved the login. The server applies its records limit to a whole request rather than per number, so one busy number could starve the others: when an answer reaches the limit, the batch is asked again in halves until every number's answer is complete. Numbers equal as integers but written with leading zeros never share a request (the server would report a false hit for both). The server's all-miss error becomes zero-lead results. With -UseGet on the session, requests stay within Apache's URL length limit.

Connection faults, time-outs, HTTP 5xx answers and bodies that are not VICIdial's are retried with exponential backoff (see Connect-VicidialApi -MaximumRetryCount); if a batch still fails, each of its numbers gets a non-terminating ConnectionError or ProtocolError error naming it. When the server itself stops answering, the run is held (nothing new is sent) until a check of the API gets an answer, so a short outage costs nothing; a long one (Connect-VicidialApi -MaximumOutageSec, -MaximumConsecutiveFailures) stops the run with one terminating ConnectionError, ServerUnavailable, that says how many numbers were answered, failed and not sent, and from which input to resume. A rejected login, a locked or IP-blocked user, a missing permission or an invalid source stop the command with a terminating error that never contains the password.
'@
    Parameters  = @{
        PhoneNumber   = 'The phone numbers to search, as arguments (Search-VicidialLead 9998885112, or -PhoneNumber a, b). Pipeline input goes to -InputObject.'
        InputObject   = 'What the pipeline gives: phone numbers (text or numbers), or rows of any shape (Import-Csv rows, objects, hashtables) whose phone column is found by name (see the description), or named with -PhoneProperty. Rows with a vendor_lead_code column and no phone column are searched by vendor lead code.'
        PhoneProperty = 'The columns of the pipeline rows that hold phone numbers, instead of every column with an accepted name (for example -PhoneProperty Mobile, ''Home Phone''); each is searched. Found by exact name, else ignoring case, spaces, underscores, dashes and dots. A row without one of them stops the command with one error.'
        PhoneCode     = @{ Description = 'The country code of the numbers, 1 to 3 digits without + (VICIdial''s phone_code). A leading +<PhoneCode> is stripped, another country code is an error that says which -PhoneCode to pass, and a number that carries the code is searched with and without it (see the description).'; Default = '1' }
        AppendResult  = 'Writes each input row once, in input order, instead of results: a copy of the row with RecordsFound, LeadIds (dash-joined), Truncated and SearchError (why the row could not be searched, or empty) appended, ready for Export-Csv. Columns of those names already in the row are replaced in place. Errors still go to the error stream.'
        VendorLeadCode = 'Vendor lead codes to search instead of phone numbers (the API''s search_method VENDOR_LEAD_CODE). Piped rows with a vendor_lead_code column and no phone column are searched the same way. A code has 1 to 20 characters, without commas, pipes, quotes, backslashes, semicolons or control characters. Results show the code in VendorLeadCode.'
        ListId        = @{ Description = 'Limits the search to this list, or with -Scope Campaign to the campaign that holds it. A list id under 100 is refused: the server would ignore it and search every list.'; Default = 'None (every list)' }
        Scope         = @{ Description = 'Where to search: System (every list), List (the list -ListId names) or Campaign (every list of the campaign that holds -ListId). List when -ListId is given, System otherwise.'; Default = 'System, or List with -ListId' }
        Session       = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace. One session can serve several runspaces of this process at once: pass it to ForEach-Object -Parallel or Start-ThreadJob as $using:session. A session cannot travel to another process (Start-Job, Invoke-Command): a copy that arrives from one is refused with an error that says so.'; Default = 'The default session' }
        Records       = @{ Description = 'The most lead ids wanted per number, newest first (1 to 1000000). The server is asked for one more per number, so Truncated is true exactly when the number has more, and the result then holds the newest ones.'; Default = '1000' }
        Archived      = 'Searches the archive table (vicidial_list_archive) instead of the live lead table.'
        BatchSize     = @{ Description = 'The most distinct numbers sent in one request (1 to 1000).'; Default = '500' }
        ThrottleLimit = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone, so a wrong password costs exactly one failed login.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends, counting every request in flight (0 to 10000; 0 means no limit). Requests wait their turn in a token bucket, which keeps a production dialer''s lead table from being locked by back-to-back lead_search queries; -Verbose says when requests are held back. When omitted, the session''s limit (Connect-VicidialApi -MaximumRequestsPerSecond), which all commands on the session share.'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'Phone numbers, by value; numbers (Int64, Double, Decimal) too.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows of any shape (Import-Csv rows, objects, hashtables) with phone columns (found by name as the description says, or -PhoneProperty), or a vendor_lead_code column.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'One per valid input number (per phone column of a row): PhoneNumber, InputValue, PhoneColumn, RecordsFound, LeadIds, Archived, Truncated, and the hidden InputObject. LeadIds prints dash-joined, as Export-Csv writes it.' }
        @{ Type = 'System.Management.Automation.PSCustomObject'; Description = 'With -AppendResult: one per input row, the row''s columns then RecordsFound, LeadIds, Truncated and SearchError.' }
    )
    Notes       = @'
Run Connect-VicidialApi first. With -Verbose, each request reports its function, how many numbers it carried, how many lead ids came back and how long it took; no credentials are ever written.
'@
    Examples    = @(
        @{
            Title   = 'Search the numbers of a CSV file'
            Code    = 'Import-Csv numbers.csv | Search-VicidialLead'
            Remarks = 'Each row''s phone column (phone_number, Phone, Mobile, Cell, Telephone, Tel, ... in any spelling) is searched; one result per row comes out, in the file''s order.'
        }
        @{
            Title   = 'Enrich a customer file: every row and column kept, the leads appended'
            Code    = 'Import-Csv customers.csv | Search-VicidialLead -AppendResult | Export-Csv enriched.csv -NoTypeInformation'
            Remarks = 'Writes each row once, in order, with RecordsFound, LeadIds, Truncated and SearchError appended; a row that could not be searched has the reason in SearchError (and an error in the error stream).'
        }
        @{
            Title   = 'Pair results with their rows'
            Code    = 'Import-Csv customers.csv | Search-VicidialLead | Select-Object @{ n = ''Customer''; e = { $_.InputObject.customer } }, PhoneNumber, LeadIds'
            Remarks = 'InputObject is the row each result came from, right for every row, duplicates included.'
        }
        @{
            Title   = 'Name the phone column and the country code'
            Code    = 'Import-Csv contacts.csv | Search-VicidialLead -PhoneProperty ''Home Phone'' -PhoneCode 44'
            Remarks = 'Reads the Home Phone column; +44 20 7946 0958 and 442079460958 are searched as 2079460958 (and as 442079460958).'
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
            Remarks = 'Invalid numbers and numbers the server could not be asked about each leave one error whose TargetObject is the input row (or value), so $searchErrors.TargetObject | Search-VicidialLead searches exactly the failed rows again; use -ErrorAction Stop to stop at the first one instead.'
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
