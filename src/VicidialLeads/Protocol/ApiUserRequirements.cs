namespace VicidialLeads.Protocol
{
    /// <summary>
    /// What the VICIdial user record needs for each function, as the server checks it (non_agent_api.php): the same
    /// words in permission errors, the README and help, so an admin knows which setting to change.
    /// </summary>
    internal static class ApiUserRequirements
    {
        /// <summary>The settings <paramref name="function"/> needs, as the admin pages name them.</summary>
        public static string For(string function) => function switch
        {
            "lead_search" => "API access, Active, user level 8 or more and Modify Leads (modify_leads) 1 or more",
            "lead_all_info" => "API access, Active, user level 7 or more, Modify Leads (modify_leads) 1 or more and View Reports (view_reports) 1",
            "lead_field_info" => "API access, Active, user level 7 or more and Modify Leads (modify_leads) 1 to 4",
            // The call log, recording and callback reads check view_reports and user_level > 6, not modify_leads.
            "phone_number_log" or "recording_lookup" or "lead_callback_info" => "API access, Active, user level 7 or more and View Reports (view_reports) 1",
            "update_lead" or "batch_update_lead" or "lead_dearchive" => "API access, Active, user level 8 or more and Modify Leads (modify_leads) 1 or more",
            "add_lead" => "API access, Active, user level 8 or more and Modify Leads (modify_leads) 1 or more; lists outside the user's campaigns need the user group to allow them (api_list_restrict)",
            "list_custom_fields" => "API access, Active, user level 8 or more and Modify Lists (modify_lists) 1",
            "add_dnc_phone" => "API access, Active, user level 8 or more and Modify Lists (modify_lists) 1",
            "delete_dnc_phone" => "API access, Active, user level 8 or more, Modify Lists (modify_lists) 1 and Delete From DNC Lists (delete_from_dnc) 1",
            _ => "API access, Active, user level 8 or more and Modify Leads (modify_leads) 1 or more",
        };
    }
}
