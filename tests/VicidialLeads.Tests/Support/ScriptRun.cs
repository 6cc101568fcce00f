using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace VicidialLeads.Tests.Support
{
    /// <summary>What a script wrote to each stream, and the error that ended it, if any.</summary>
    internal sealed class ScriptRun
    {
        public ScriptRun(List<object?> output, List<ErrorRecord> errors, List<string> verbose, List<string> warnings, ErrorRecord? terminating,
            List<ProgressRecord>? progress = null)
        {
            Progress = progress ?? new List<ProgressRecord>();
            Output = output;
            Errors = errors;
            Verbose = verbose;
            Warnings = warnings;
            Terminating = terminating;
        }

        public List<object?> Output { get; }
        public List<ErrorRecord> Errors { get; }
        public List<string> Verbose { get; }
        public List<string> Warnings { get; }
        public ErrorRecord? Terminating { get; }

        /// <summary>The progress records the run wrote to its Progress stream.</summary>
        public List<ProgressRecord> Progress { get; }

        public List<LeadSearchResult> Results => Output.OfType<LeadSearchResult>().ToList();

        /// <summary>The leads Get-VicidialLead wrote, in order.</summary>
        public List<VicidialLead> Leads => Output.OfType<VicidialLead>().ToList();

        /// <summary>Every text a user could see of this run, to prove a secret is in none of it.</summary>
        public string AllText()
        {
            var texts = new List<string>();
            foreach (object? item in Output)
            {
                texts.Add(item?.ToString() ?? "");
                if (item is LeadSearchResult r) texts.AddRange(new[] { r.PhoneNumber, r.InputValue, r.LeadIds.ToString() });
                if (item is VicidialSession s) texts.AddRange(new[] { s.Server, s.User, s.Source, s.ApiVersion, s.Build, s.Method });
            }
            foreach (ErrorRecord record in Errors.Concat(Terminating is null ? Enumerable.Empty<ErrorRecord>() : new[] { Terminating }))
            {
                texts.Add(record.ToString());
                texts.Add(record.ErrorDetails?.Message ?? "");
                texts.Add(record.TargetObject?.ToString() ?? "");
                texts.Add(record.CategoryInfo.ToString());
                for (Exception? e = record.Exception; e != null; e = e.InnerException)
                    texts.Add(e.ToString());
            }
            texts.AddRange(Verbose);
            texts.AddRange(Warnings);
            return string.Join("\n", texts);
        }
    }
}
