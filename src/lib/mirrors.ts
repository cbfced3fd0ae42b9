/**
 * Document-mirror and file-sharing sites. A copy found there is evidence that a plan exists,
 * never "the document": the portal links to official sources only.
 */
const MIRROR_HOSTS = [
	'123dok.net', '123dok.com', 'docplayer.net', 'docplayer.fi', 'docplayer.es', 'docplayer.fr',
	'docplayer.com.br', 'docslib.org', 'dokumen.tips', 'dokumen.pub', 'fdocuments.in', 'fdocuments.es',
	'fdocuments.net', 'fdocuments.us', 'fichier-pdf.fr', 'healthdocbox.com', 'pdfslide.us', 'pdfslide.net', 'pdfcoffee.com',
	'readkong.com', 'scribd.com', 'slideshare.net', 'studenta.com', 'studyres.com', 'vdocument.in',
	'vdocuments.net', 'vdocuments.mx', 'vdocuments.us', 'vdocuments.site', 'yumpu.com', 'issuu.com',
	'kupdf.net', 'idoc.pub', 'documents.pub', 'cupdf.com', 'silo.tips', 'zbook.org', '9dok.net', 'doczz.net',
];

/** True when the URL's host is a known mirror or one of its subdomains (fr.scribd.com). */
export function isMirrorUrl(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	} catch {
		return false;
	}
	return MIRROR_HOSTS.some((mirror) => host === mirror || host.endsWith(`.${mirror}`));
}
