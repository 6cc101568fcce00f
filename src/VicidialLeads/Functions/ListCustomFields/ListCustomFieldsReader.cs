using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.ListCustomFields
{
    /// <summary>
    /// Asks which custom fields a list has. It goes to the transport directly, not through the run's policy: a user
    /// without modify_lists is refused, and that refusal must not stop a load that does not need it.
    /// </summary>
    internal static class ListCustomFieldsReader
    {
        public static async Task<CustomFieldLabels> ReadAsync(IApiTransport client, string listId, CancellationToken cancellation)
        {
            try
            {
                ApiResponse answer = await client.SendAsync(ListCustomFieldsRequest.Function, ListCustomFieldsRequest.Fields(listId), cancellation).ConfigureAwait(false);
                return ListCustomFieldsParser.Parse(answer.Body, listId, client.Redactor);
            }
            catch (VicidialApiException failure)
            {
                return CustomFieldLabels.Unknown($"asking for them failed ({failure.Message})");
            }
        }
    }
}
