"""PDF to text with pypdf 6.19.0: page texts joined by newline (extract_text() default mode)."""
import sys, pypdf
r = pypdf.PdfReader(sys.argv[1])
out = "\n".join(p.extract_text() for p in r.pages)
sys.stdout.write(out if out.endswith("\n") else out + "\n")
