using System;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadDearchive
{
    /// <summary>Reads lead_dearchive answers; anything else is a <see cref="VicidialProtocolException"/>.</summary>
    internal static class LeadDearchiveResponseParser
    {
        public static LeadDearchiveAnswer Parse(string body, SecretRedactor redactor)
        {
            if (body.Length == 0 || body[body.Length - 1] != '\n')
                throw new VicidialProtocolException($"The server's lead_dearchive answer was cut short or empty ({redactor.Excerpt(body)}); it is asked again, which is harmless.");
            if (body.StartsWith("SUCCESS: lead_dearchive LEAD DE-ARCHIVED", StringComparison.Ordinal)) return LeadDearchiveAnswer.Restored;
            if (body.StartsWith("ERROR: lead_dearchive ARCHIVED LEAD NOT FOUND", StringComparison.Ordinal)) return LeadDearchiveAnswer.NotArchived;
            if (body.StartsWith("ERROR: lead_dearchive NON-ARCHIVED LEAD FOUND", StringComparison.Ordinal)) return LeadDearchiveAnswer.InBothTables;
            throw new VicidialProtocolException($"The server answered lead_dearchive with {redactor.Excerpt(body)}, which is not a lead_dearchive answer.", isTransient: false);
        }
    }
}
