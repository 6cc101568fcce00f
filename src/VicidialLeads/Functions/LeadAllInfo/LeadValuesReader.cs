using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>Reads one lead's stored values by field name (lead_all_info), for -WhatIf's old values and to read back a value.</summary>
    internal static class LeadValuesReader
    {
        /// <summary>The lead's values, or null when the lead is not there or its values cannot be told apart.</summary>
        public static async Task<Dictionary<string, string>?> ReadAsync(ApiRequestRunner runner, long leadId, bool archived, List<string> log,
            CancellationToken cancellation)
        {
            InputValue lead = InputValue.Lead(leadId, archived);
            List<LeadBlock>? blocks = await runner.SendAsync(LeadAllInfoRequest.Function, LeadAllInfoRequest.Fields(lead, false, LeadAllInfoStage.Tab),
                lead.Describe, response => LeadAllInfoErrors.Parse(response.Body, LeadAllInfoStage.Tab, runner.Client),
                found => found is null ? "not found" : "read", log, cancellation).ConfigureAwait(false);
            if (blocks is null || blocks.Count != 1 || blocks[0].Record is null) return null;
            LeadRecord record = blocks[0].Record!;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < record.Names.Count && i < record.Values.Count; i++)
                values[record.Names[i]] = record.Values[i];
            return values;
        }
    }
}
