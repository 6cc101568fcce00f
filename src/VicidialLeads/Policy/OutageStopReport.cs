using System;
using System.Globalization;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// What a run stopped by an outage tells: what the server did, how many inputs were answered, failed and not
    /// sent, and from which input to resume.
    /// </summary>
    internal static class OutageStopReport
    {
        /// <param name="done">Inputs that have their result or error.</param>
        /// <param name="errors">Of those, the ones with an error.</param>
        /// <param name="total">The number of inputs, when it was known in advance (an array parameter); else null.</param>
        /// <param name="read">Inputs read from the pipeline so far.</param>
        /// <param name="firstNotSent">The first input without an answer, as given; null when there is none.</param>
        public static VicidialServerUnavailableException Describe(VicidialServerUnavailableException outage, long done, long errors, long? total, long read, string? firstNotSent)
        {
            long answered = done - errors;
            long notSent = total.HasValue ? total.Value - done : Math.Max(0, read - done);
            string first = firstNotSent is null ? "the next one" : "'" + firstNotSent + "'";
            string message = string.Format(CultureInfo.CurrentCulture,
                "The run stopped: {0}. Before the stop, {1} answered and {2} failed; {3} not sent{4}, from {5} on. " +
                "To resume when the server works again, run the command for the failed inputs (the TargetObject of their error records) and for every input from {5} on.",
                outage.Message.TrimEnd('.'), Inputs(answered, "was", "were"), errors.ToString("N0", CultureInfo.CurrentCulture),
                Inputs(notSent, "was", "were"), total.HasValue ? string.Empty : " (of those read so far; the rest of the input was not read)", first);
            return new VicidialServerUnavailableException(message, answered, errors, notSent,
                $"When the server answers again, run the command for the failed inputs (the TargetObject of their error records) and for every input from {first} on.");
        }

        private static string Inputs(long count, string singularVerb, string pluralVerb) =>
            string.Format(CultureInfo.CurrentCulture, "{0:N0} {1} {2}", count, count == 1 ? "input" : "inputs", count == 1 ? singularVerb : pluralVerb);
    }
}
