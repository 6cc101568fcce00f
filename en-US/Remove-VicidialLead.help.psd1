@{
    Synopsis    = 'Deletes VICIdial leads (update_lead delete_lead=Y) by lead id; asks before each one.'
    Description = @'
Remove-VicidialLead deletes leads with update_lead and delete_lead=Y, one request per lead. Its ConfirmImpact is High, so PowerShell asks before each lead unless -Confirm:$false is given; -WhatIf deletes nothing and names each lead that would be deleted.

Targets are leads by id, as for Set-VicidialLead: -LeadId, lead ids on the pipeline, Search-VicidialLead results (each of their lead ids; a result found in the archive deletes from the archive), Get-VicidialLead leads, or rows with a lead id column. A phone number is no target: find its leads with Search-VicidialLead first.

With -PassThru, one result per lead, in input order: Deleted, or AlreadyGone for a lead that is not there, which is what a delete repeated after a lost answer finds; a delete is therefore retried like any request, and outages are held as for Search-VicidialLead. Permission errors stop the command and name the user setting needed (modify_leads).
'@
    Parameters  = @{
        LeadId              = 'The lead ids to change, as arguments (1001, 1004). Pipeline input goes to -InputObject. Phone numbers are no targets: find their leads with Search-VicidialLead first, so every lead changed is named.'
        InputObject         = 'What the pipeline gives: lead ids, Search-VicidialLead results (each of their LeadIds, in the archive when they were found there), Get-VicidialLead leads, or rows with a LeadIds, lead_id or LeadId column (and optionally Archived), such as Import-Csv rows.'
        PassThru            = 'Writes one VicidialLeads.LeadChangeResult per lead (Action Updated, Unchanged, Applied, Deleted, AlreadyGone, Restored or AlreadyActive, the fields sent and the input row). Without it, nothing is written but errors; -Verbose shows each lead''s result.'
        Session             = @{ Description = 'The session to use. When omitted, the session Connect-VicidialApi made last in this runspace.'; Default = 'The default session' }
        ThrottleLimit       = @{ Description = 'The most requests in flight at once (1 to 32). The first request always goes alone.'; Default = '4' }
        MaximumRequestsPerSecond = @{ Description = 'The most requests per second this command sends (0 means no limit). When omitted, the session''s limit.'; Default = 'The session''s limit (none by default)' }
        Archived            = 'Deletes leads from the archive table (archived_lead=Y). Search results found in the archive are deleted there anyway.'
    }
    Inputs      = @(
        @{ Type = 'System.Int64'; Description = 'Lead ids.' }
        @{ Type = 'VicidialLeads.LeadSearchResult'; Description = 'Search results: each of their LeadIds.' }
        @{ Type = 'System.Management.Automation.PSObject'; Description = 'Rows with a lead id column, and Get-VicidialLead leads.' }
    )
    Outputs     = @(
        @{ Type = 'VicidialLeads.LeadChangeResult'; Description = 'With -PassThru, one per lead: Deleted or AlreadyGone.' }
    )
    Examples    = @(
        @{
            Title   = 'Delete the leads of a number, after a look at what would go'
            Code    = @'
Search-VicidialLead 3125550123 | Remove-VicidialLead -WhatIf
Search-VicidialLead 3125550123 | Remove-VicidialLead -Confirm:$false -PassThru
'@
            Remarks = 'The first line names each lead that would be deleted; the second deletes them without asking and reports each.'
        }
        @{
            Title   = 'Delete the leads listed in a file, asked one by one'
            Code    = 'Import-Csv to-delete.csv | Remove-VicidialLead'
            Remarks = 'to-delete.csv has a lead_id column; PowerShell asks before each lead.'
        }
    )
    Links       = @('Set-VicidialLead', 'Restore-VicidialLead', 'Search-VicidialLead', 'about_VicidialLeads')
}
