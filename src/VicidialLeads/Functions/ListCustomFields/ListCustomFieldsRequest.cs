using System.Collections.Generic;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.ListCustomFields
{
    /// <summary>The form fields of one list_custom_fields request.</summary>
    internal static class ListCustomFieldsRequest
    {
        public const string Function = "list_custom_fields";

        public static List<KeyValuePair<string, string>> Fields(string listId) => new List<KeyValuePair<string, string>>
        {
            FormEncoder.Field("list_id", listId),
        };
    }
}
