@{
    Synopsis    = 'Moves archived VICIdial leads back into the active lead table (lead_dearchive).'
    Description = @'
Restore-VicidialLead restores archived leads with the API's lead_dearchive function, one request per lead, typically from Search-VicidialLead -Archived. -WhatIf restores nothing and names each lead; -Confirm asks before each one.

With -PassThru, one result per lead, in input order: Restored, or AlreadyActive for a lead that is no longer archived but is in the active table (restored before: a repeat is harmless and reported as such). A lead in neither table is an ObjectNotFound error; a lead in both tables is left alone by the server and reported as an error. Permission errors stop the command and name the user setting needed (modify_leads).
'@
    Parameters  = @{
        LeadId              = 'The lead ids to change, as arguments (1001, 1004). Pipeline input goes to -InputObject. Phone numbers are no targets: find their leads with Search-VicidialLead first, so every lead changed is named.'
        InputObject         = 'What the pipeline gives: lead ids, Search-VicidialLead results (each of their LeadIds, in the archive when they were found there), Get-VicidialLead leads, or rows with a LeadIds, lead_id or LeadId column (and optionally Archived), such as Import-Csv rows.'
        PassThru            = 'Writes one VicidialLeads.LeadChangeResult per lead (Action Updated, Unchanged, Applied, Deleted, AlreadyGone, Restored or AlreadyActive, the fields sent and the input row). Without it, nothing is written but errors; -Verbose shows each lead''s result.'
        Session             = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit       = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 means no limit). When omitted, the session''s limit.'; Default = 'The session''s limit (none by default)' }
    }
    Inputs      = @(
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Results of Search-VicidialLead -Archived: each of their LeadIds.' }
        @{ Type = 'System.Int64'; Description = 'Lead ids.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a lead id column.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.LeadChangeResult'; Description = 'With -PassThru, one per lead: Restored or AlreadyActive.' }
    )
    Examples    = @(
        @{
            Title   = 'Bring back the archived leads of a caller'
            Code    = 'Search-VicidialLead 7185550123 -Archived | Restore-VicidialLead -PassThru'
            Remarks = 'Each archived lead of the number moves back into the active lead table.'
        }
    )
    Links       = @('Search-VicidialLead', 'Remove-VicidialLead', 'Set-VicidialLead', 'about_VicidialLeads')
}
