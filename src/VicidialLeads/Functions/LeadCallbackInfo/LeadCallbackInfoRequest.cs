using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadCallbackInfo
{
    /// <summary>
    /// The form fields of one lead_callback_info request. Never with a header: header=YES only adds a line, and any
    /// other value (header=Y) makes the server answer CALLBACK NOT FOUND although the lead has callbacks (capture 77c).
    /// </summary>
    internal static class LeadCallbackInfoRequest
    {
        public const string Function = "lead_callback_info";

        /// <param name="archive">Read the archive table.</param>
        /// <param name="current">Read the live table; with <paramref name="archive"/>, both (archived ones first).</param>
        public static List<KeyValuePair<string, string>> Fields(long leadId, bool current, bool archive) => new List<KeyValuePair<string, string>>(2)
        {
            FormEncoder.Field("lead_id", leadId.ToString(CultureInfo.InvariantCulture)),
            FormEncoder.Field("search_location", current && archive ? "ALL" : archive ? "ARCHIVE" : "CURRENT"),
        };
    }
}
