namespace VicidialLeads.Protocol
{
    /// <summary>The VICIdial user settings each API function checks before it works (non_agent_api.php), for permission errors.</summary>
    internal static class PermissionSettings
    {
        /// <summary>The settings the user needs for <paramref name="function"/>, in the admin's words.</summary>
        public static string For(string function) => function switch
        {
            "add_dnc_phone" => "user level 8 or more, API access, and Modify Lists (modify_lists) set to 1",
            "delete_dnc_phone" => "user level 8 or more, API access, Modify Lists (modify_lists) set to 1 and Delete From DNC Lists (delete_from_dnc) set to 1",
            _ => "user level 8 or more, API access, and Modify Leads set to 1 or more",
        };
    }
}
