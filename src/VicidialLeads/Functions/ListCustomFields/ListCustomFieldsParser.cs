using System;
using System.Collections.Generic;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.ListCustomFields
{
    /// <summary>
    /// Reads a list_custom_fields answer: <c>list_id|list_name|campaign_id|active|||labels separated by spaces</c> (85b,
    /// 85c), or the refusal of a user without modify_lists (85), which is no failure of the run: the labels are then
    /// not known, and the caller says so.
    /// </summary>
    internal static class ListCustomFieldsParser
    {
        public static CustomFieldLabels Parse(string body, string listId, SecretRedactor redactor)
        {
            if (body.StartsWith("ERROR:", StringComparison.Ordinal))
            {
                return CustomFieldLabels.Unknown(ServerErrorParser.Classify(body) == ServerErrorLine.PermissionDenied
                    ? "the API user may not read them (list_custom_fields needs Modify Lists, modify_lists 1)"
                    : $"the server answered \"{ServerErrorParser.Reason(body, redactor)}\"");
            }
            foreach (string raw in body.Split('\n'))
            {
                string[] fields = raw.TrimEnd('\r').Split('|');
                if (fields.Length < 7 || fields[0] != listId) continue;
                var labels = new List<string>();
                foreach (string label in fields[6].Split(' '))
                {
                    if (label.Length > 0) labels.Add(label);
                }
                return CustomFieldLabels.Read(labels);
            }
            return CustomFieldLabels.Unknown($"the server's answer named no list {listId}: {redactor.Excerpt(body)}");
        }
    }
}
