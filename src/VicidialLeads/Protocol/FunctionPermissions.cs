namespace VicidialLeads.Protocol
{
    /// <summary>The user settings each API function checks, named as the VICIdial admin's Users page names them.</summary>
    internal static class FunctionPermissions
    {
        /// <summary>What the user needs for <paramref name="function"/>, as a phrase: "user level 7 or more, ...".</summary>
        public static string Required(string function) => function switch
        {
            // The call log, recording and callback reads check view_reports and user_level > 6 (non_agent_api.php).
            "phone_number_log" or "recording_lookup" or "lead_callback_info" => "user level 7 or more, API access, and View Reports set to 1",
            _ => "user level 8 or more, API access, and Modify Leads set to 1 or more",
        };
    }
}
