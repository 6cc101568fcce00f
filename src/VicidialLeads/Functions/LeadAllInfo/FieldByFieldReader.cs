using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadFieldInfo;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// Reads a lead that lead_all_info cannot give: the real server logs every answer with SQL that breaks on a quote,
    /// and lead_all_info writes that log before it prints, so a lead with a ' in any field answers HTTP 500 with an
    /// empty body (84). lead_field_info prints first (84c, 84d), so the lead is read one field per request: the
    /// standard fields, then the custom fields of its list when their names are known from another lead of the list.
    /// </summary>
    internal sealed class FieldByFieldReader
    {
        private readonly ApiRequestRunner _runner;

        /// <summary>The custom field names of each list (by entry_list_id), learned from lead_all_info answers of this run.</summary>
        private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _customFieldNames = new ConcurrentDictionary<string, IReadOnlyList<string>>();

        public FieldByFieldReader(ApiRequestRunner runner) => _runner = runner;

        /// <summary>Remembers the custom field names of a list from a record that has them.</summary>
        public void Learn(LeadRecord record)
        {
            int standard = LeadAllInfoParser.StandardFields.Length;
            if (record.Names.Count <= standard) return;
            string listId = LeadAllInfoParser.Value(record, "entry_list_id");
            var names = new List<string>(record.Names.Count - standard);
            for (int i = standard; i < record.Names.Count; i++)
                names.Add(record.Names[i]);
            _customFieldNames[listId] = names;
        }

        /// <summary>
        /// The lead as one block, or null when the server has no such lead. <see cref="FieldByFieldRead.CustomFieldsUnknown"/>
        /// names the list whose custom fields could not be read, when <paramref name="customFields"/> wanted them.
        /// </summary>
        public async Task<FieldByFieldRead> ReadAsync(long leadId, bool archived, bool customFields, List<string> log, CancellationToken cancellation)
        {
            string[] standard = LeadAllInfoParser.StandardFields;
            var names = new List<string>(standard.Length);
            var values = new List<string>(standard.Length);
            foreach (string field in standard)
            {
                string? value = field == "lead_id"
                    ? leadId.ToString(CultureInfo.InvariantCulture)
                    : await ReadFieldAsync(leadId, field, archived, null, log, cancellation).ConfigureAwait(false);
                if (value is null) return new FieldByFieldRead(null, null);
                names.Add(field);
                values.Add(value);
            }

            string? unknownList = null;
            string listId = values[names.IndexOf("entry_list_id")];
            if (customFields && listId.Length > 0 && listId != "0")
            {
                if (_customFieldNames.TryGetValue(listId, out IReadOnlyList<string>? custom))
                {
                    foreach (string field in custom)
                    {
                        names.Add(field);
                        values.Add(await ReadFieldAsync(leadId, field, archived, listId, log, cancellation).ConfigureAwait(false) ?? string.Empty);
                    }
                }
                else
                {
                    unknownList = listId;
                }
            }
            return new FieldByFieldRead(new LeadBlock(names.ToArray(), string.Empty, new LeadRecord(names, values)) { ReadFieldByField = true }, unknownList);
        }

        private Task<string?> ReadFieldAsync(long leadId, string field, bool archived, string? customListId, List<string> log, CancellationToken cancellation) =>
            _runner.SendAsync(LeadFieldInfoRequest.Function, LeadFieldInfoRequest.Fields(leadId, field, archived, customListId), $"lead {leadId} field {field}",
                response => LeadFieldInfoParser.Value(response.Body, field, _runner.Client.Redactor),
                value => value is null ? "not found" : CountWording.Of(value.Length, "character"), log, cancellation,
                answerSurvivesServerError: true);
    }
}
