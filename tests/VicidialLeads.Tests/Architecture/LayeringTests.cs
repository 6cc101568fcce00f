using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace VicidialLeads.Tests.Architecture
{
    /// <summary>
    /// The module's namespaces depend downward only (see ARCHITECTURE.md), so that there is no loop between them and the
    /// core stays free of PowerShell. Read from the sources: a using, or a fully qualified name, that points up fails.
    /// </summary>
    public class LayeringTests
    {
        /// <summary>What each namespace of the module may use, besides itself and the root.</summary>
        private static readonly Dictionary<string, string[]> Allowed = new()
        {
            [""] = Array.Empty<string>(),
            ["Input"] = Array.Empty<string>(),
            ["Transport"] = Array.Empty<string>(),
            ["Protocol"] = new[] { "Transport" },
            ["Policy"] = new[] { "Transport", "Protocol" },
            ["Functions"] = new[] { "Input", "Transport", "Protocol", "Policy" },
            ["Pipeline"] = new[] { "Input", "Policy" },
            ["Commands"] = new[] { "Input", "Transport", "Protocol", "Policy", "Functions", "Pipeline" },
        };

        /// <summary>The API functions that build on another one's request and parser (never the other way round).</summary>
        private static readonly Dictionary<string, string[]> FunctionUses = new()
        {
            ["Functions.LeadAllInfo"] = new[] { "Functions.LeadSearch", "Functions.LeadFieldInfo" },
            // A write's use_non_latin is learned by reading the lead back.
            ["Functions.UpdateLead"] = new[] { "Functions.LeadAllInfo" },
            // A lost add_lead answer is checked by the server's clock, the number's leads and their values.
            ["Functions.AddLead"] = new[] { "Functions.Version", "Functions.LeadSearch", "Functions.LeadAllInfo" },
        };

        /// <summary>The namespaces that may name PowerShell's types.</summary>
        private static readonly string[] PowerShellAware = { "", "Commands", "Pipeline" };

        private static readonly Regex Namespace = new(@"^namespace VicidialLeads(?:\.(?<name>[\w.]+))?", RegexOptions.Multiline);
        private static readonly Regex Reference = new(@"\bVicidialLeads\.(?<name>(?:Commands|Pipeline|Input|Policy|Transport|Protocol|Functions)(?:\.\w+)?)\b");

        public static IEnumerable<object[]> SourceFiles()
        {
            string src = Path.Combine(RepositoryRoot(), "src", "VicidialLeads");
            return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                .Select(f => new object[] { Path.GetRelativePath(src, f) });
        }

        [Theory]
        [MemberData(nameof(SourceFiles))]
        public void Every_file_uses_only_the_namespaces_below_its_own(string file)
        {
            string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "VicidialLeads", file));
            Match declared = Namespace.Match(text);
            Assert.True(declared.Success, $"{file} declares no VicidialLeads namespace.");
            string own = declared.Groups["name"].Value;
            string layer = own.Split('.')[0];
            Assert.True(Allowed.ContainsKey(layer), $"{file} is in namespace '{own}', which ARCHITECTURE.md does not place.");

            foreach (Match used in Reference.Matches(text))
            {
                string target = used.Groups["name"].Value;
                string targetLayer = target.Split('.')[0];
                if (target == own || (targetLayer == layer && layer != "Functions")) continue;
                if (FunctionUses.TryGetValue(own, out string[]? uses) && uses.Contains(target)) continue;
                Assert.True(Allowed[layer].Contains(targetLayer), $"{file} ({(own.Length == 0 ? "root" : own)}) uses VicidialLeads.{target}, which is above it or beside it.");
            }
            if (!PowerShellAware.Contains(layer))
                Assert.DoesNotContain("System.Management.Automation", text);
        }

        [Fact]
        public void Every_folder_is_its_namespace_and_every_file_is_named_after_its_type()
        {
            foreach (object[] entry in SourceFiles())
            {
                string file = (string)entry[0];
                string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "VicidialLeads", file));
                string folder = Path.GetDirectoryName(file)!.Replace(Path.DirectorySeparatorChar, '.');
                Assert.Equal(folder, Namespace.Match(text).Groups["name"].Value);
                string type = Path.GetFileNameWithoutExtension(file);
                Assert.Matches(new Regex($@"\b(class|struct|enum|interface)\s+{Regex.Escape(type)}\b"), text);
            }
        }

        private static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "VicidialLeads.slnx"))) return folder.FullName;
            }
            throw new DirectoryNotFoundException("The repository root (VicidialLeads.slnx) was not found above " + AppContext.BaseDirectory);
        }
    }
}
