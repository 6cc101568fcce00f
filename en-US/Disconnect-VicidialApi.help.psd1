@{
    Synopsis    = 'Closes a VICIdial session and forgets its credentials.'
    Description = @'
Disconnect-VicidialApi disposes of the session's HTTP connections and its copy of the password, and clears the default session of this runspace when it is the one closed. A closed session cannot be used again: connect anew with Connect-VicidialApi.
'@
    Parameters  = @{
        Session = @{ Description = 'The session to close. When omitted, the default session (the one Connect-VicidialApi made last in this runspace) is closed. A run that is still using the session elsewhere (another runspace or thread job) ends with one SessionDisconnected error. A copy of a session from another process (Start-Job) is refused.'; Default = 'The default session' }
    }
    Inputs      = @(
        @{ Type = 'VicidialLeads.VicidialSession'; Description = 'You can pipe a session to Disconnect-VicidialApi.' }
    )
    Outputs     = @(
        @{ Type = 'None'; Description = 'Disconnect-VicidialApi writes nothing to the pipeline.' }
    )
    Examples    = @(
        @{
            Title   = 'Close the default session'
            Code    = 'Disconnect-VicidialApi'
            Remarks = 'Closes the session Connect-VicidialApi made last.'
        }
        @{
            Title   = 'Close a session kept in a variable'
            Code    = @'
$session = Connect-VicidialApi -Server vicidial.example.com -Credential $credential -PassThru
try { Import-Csv numbers.csv | Search-VicidialLead -Session $session | Export-Csv leads.csv -NoTypeInformation }
finally { $session | Disconnect-VicidialApi }
'@
            Remarks = 'A runbook pattern: the session is closed even when the search stops with an error.'
        }
        @{
            Title   = 'Switch servers'
            Code    = @'
Disconnect-VicidialApi
Connect-VicidialApi -Server https://vicidial-backup.example.com -Credential $credential
'@
            Remarks = 'Closes the current default session before connecting to another server, so no connection to the first one stays open.'
        }
    )
    Links       = @('Connect-VicidialApi', 'about_VicidialLeads')
}
