using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// Learns the session's use_non_latin from the first write that stored a value with non-ASCII letters, whichever
    /// function stored it (add_lead, update_lead or batch_update_lead): that value is read back once, and kept or
    /// stripped letters tell the setting. One read-back at a time: writes running together do not each read theirs.
    /// </summary>
    internal sealed class NonLatinLearner
    {
        private readonly Func<long, bool, List<string>, CancellationToken, Task<Dictionary<string, string>?>> _readLead;
        private int _reading;

        /// <param name="readLead">Reads a lead's stored values.</param>
        public NonLatinLearner(ApiRequestRunner runner, Func<long, bool, List<string>, CancellationToken, Task<Dictionary<string, string>?>> readLead)
        {
            _readLead = readLead;
            Setting = NonLatinSetting.Of(runner.Client);
        }

        /// <summary>The session's use_non_latin, as learned so far.</summary>
        public NonLatinSetting Setting { get; }

        /// <summary>
        /// Reads <paramref name="leadId"/> back when the setting is not known yet and one of the <paramref name="written"/>
        /// values can show it.
        /// </summary>
        public async Task LearnAsync(long leadId, bool archived, IEnumerable<KeyValuePair<LeadField, string>> written, List<string> log, CancellationToken cancellation)
        {
            if (Setting.IsKnown || !(Probe(written) is KeyValuePair<LeadField, string> probe) || Interlocked.Exchange(ref _reading, 1) == 1) return;
            try
            {
                await ReadBackAsync(leadId, archived, probe, log, cancellation).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Exchange(ref _reading, 0);
            }
        }

        /// <summary>A value with non-ASCII letters in a field the setting cleans, whose stored form shows it; or null.</summary>
        public static KeyValuePair<LeadField, string>? Probe(IEnumerable<KeyValuePair<LeadField, string>> written)
        {
            foreach (KeyValuePair<LeadField, string> field in written)
            {
                if ((field.Key.Kind == LeadFieldKind.Latin || field.Key.Kind == LeadFieldKind.Text) && LeadValueCleaner.HasNonAscii(field.Value))
                    return field;
            }
            return null;
        }

        private async Task ReadBackAsync(long leadId, bool archived, KeyValuePair<LeadField, string> probe, List<string> log, CancellationToken cancellation)
        {
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
