using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadDearchive
{
    /// <summary>The form fields of one lead_dearchive request: the lead id alone (digits, so the last field is a fixed one).</summary>
    internal static class LeadDearchiveRequest
    {
        public const string Function = "lead_dearchive";

        public static List<KeyValuePair<string, string>> Fields(long leadId) =>
            new List<KeyValuePair<string, string>> { FormEncoder.Field("lead_id", leadId.ToString(CultureInfo.InvariantCulture)) };
    }
}
