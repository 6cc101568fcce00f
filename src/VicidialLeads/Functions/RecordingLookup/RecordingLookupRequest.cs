using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.RecordingLookup
{
    /// <summary>
    /// The form fields of one recording_lookup request. Always with duration=Y and never with header=YES: the header
    /// line has no duration column even when the rows have one (capture 76b). No uniqueid search is offered: the server
    /// matches a uniqueid by its seconds only, so it returns every recording of every call started in that second (76d).
    /// </summary>
    internal static class RecordingLookupRequest
    {
        public const string Function = "recording_lookup";

        public static List<KeyValuePair<string, string>> ByLead(long leadId) => new List<KeyValuePair<string, string>>(2)
        {
            FormEncoder.Field("lead_id", leadId.ToString(CultureInfo.InvariantCulture)),
            FormEncoder.Field("duration", "Y"),
        };

        public static List<KeyValuePair<string, string>> ByUser(string user, DateTime date) => new List<KeyValuePair<string, string>>(3)
        {
            FormEncoder.Field("agent_user", user),
            FormEncoder.Field("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            FormEncoder.Field("duration", "Y"),
        };
    }
}
