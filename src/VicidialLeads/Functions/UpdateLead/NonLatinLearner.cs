using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>
    /// Learns the session's use_non_latin from the first change that stored a value with non-ASCII letters, whichever
    /// function stored it (update_lead or batch_update_lead): that value is read back once, and kept or stripped
    /// letters tell the setting.
    /// </summary>
    internal sealed class NonLatinLearner
    {
        private readonly Func<long, bool, List<string>, CancellationToken, Task<Dictionary<string, string>?>> _readLead;

        /// <param name="readLead">Reads a lead's stored values.</param>
        public NonLatinLearner(ApiRequestRunner runner, Func<long, bool, List<string>, CancellationToken, Task<Dictionary<string, string>?>> readLead)
        {
            _readLead = readLead;
            Setting = NonLatinSetting.Of(runner.Client);
        }

        /// <summary>The session's use_non_latin, as learned so far.</summary>
        public NonLatinSetting Setting { get; }

        /// <summary>Reads <paramref name="leadId"/> back when the setting is not known yet and the change can show it.</summary>
        public async Task LearnAsync(long leadId, bool archived, LeadChange change, List<string> log, CancellationToken cancellation)
        {
            if (Setting.IsKnown || !(change.NonLatinProbe() is KeyValuePair<LeadField, string> probe)) return;
            Dictionary<string, string>? stored;
            try
            {
                stored = await _readLead(leadId, archived, log, cancellation).ConfigureAwait(false);
            }
            catch (VicidialApiException failure)
            {
                // The change itself was made; the setting stays unknown and is tried again after the next change.
                log.Add($"Lead {leadId} could not be read back to learn the server's use_non_latin setting: {failure.Message}");
                return;
            }
            if (stored is null || !stored.TryGetValue(probe.Key.ApiName, out string? value)) return;
            bool on = value == LeadValueCleaner.Predict(probe.Key, probe.Value, true) && LeadValueCleaner.HasNonAscii(value);
            Setting.Learn(on);
            log.Add($"The server stored {probe.Key.ApiName} of lead {leadId} as '{value}': its use_non_latin setting is {(on ? "on (non-ASCII letters are kept)" : "off (non-ASCII letters are stripped)")}.");
        }
    }
}
