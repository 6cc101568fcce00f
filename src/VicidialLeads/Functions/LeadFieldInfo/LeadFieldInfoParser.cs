using System;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadFieldInfo
{
    /// <summary>
    /// Reads a lead_field_info answer: the field's value, bare, without a newline (78, 78c: empty), or an ERROR line.
    /// The server prints the value before it writes its API log, so a value holding a quote comes with HTTP 500 and
    /// the value intact (84c).
    /// </summary>
    internal static class LeadFieldInfoParser
    {
        private const string ErrorPrefix = "ERROR: lead_field_info ";

        /// <summary>The value, or null when the server has no such lead (in the table read).</summary>
        public static string? Value(string body, string fieldName, SecretRedactor redactor)
        {
            if (!body.StartsWith(ErrorPrefix, StringComparison.Ordinal))
                return body;
            if (body.IndexOf("LIST FIELD NOT FOUND", StringComparison.Ordinal) >= 0)
                return string.Empty; // the lead has no row in its list's custom table: no custom values (78k)
            if (body.IndexOf("LEAD NOT FOUND", StringComparison.Ordinal) >= 0)
                return null;
            throw new VicidialProtocolException($"The server answered lead_field_info for the field {fieldName} with an error: {ServerErrorParser.Reason(body, redactor)}.", isTransient: false);
        }
    }
}
