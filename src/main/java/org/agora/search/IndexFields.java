package org.agora.search;

import java.util.Locale;

import org.agora.platform.search.SearchDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** How a {@link SearchDocument} is laid out in the index. Change {@link #SCHEMA} with the layout. */
final class IndexFields {

	/** Written into every commit; an index of another schema is rebuilt at start-up. */
	static final String SCHEMA = "2";

	static final String SCHEMA_KEY = "agora.search.schema";

	static final String KEY = "key";

	static final String TYPE = "type";

	static final String ID = "id";

	static final String TITLE = "title";

	/** The title in the other languages, found like the title. */
	static final String TITLES = "titles";

	/** Prefix of the stored title in one other language: {@code title.he}. */
	static final String TITLE_IN = "title.";

	static final String TAGS = "tags";

	static final String TAG = "tag";

	static final String BODY = "body";

	static final String SPELL = "spell";

	static final String PATH = "path";

	static final String KIND = "kind";

	static final String SPACE = "space";

	static final String UNIT = "unit";

	static final String DATE = "date";

	static final String ACCESS = "access";

	/** A facet's doc value: the id, this separator, the name. */
	static final char SEPARATOR = '\u001f';

	/** Text fields keep their offsets, so that snippets are cut without analysing the text again. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

	static {
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private IndexFields() {
	}

	static Term key(String type, long id) {
		return new Term(KEY, type + ":" + id);
	}

	static String tag(String tag) {
		return tag.strip().toLowerCase(Locale.ROOT);
	}

	static Document document(SearchDocument source) {
		var doc = new Document();
		doc.add(new StringField(KEY, key(source.type(), source.id()).text(), Field.Store.NO));
		doc.add(new StringField(TYPE, source.type(), Field.Store.YES));
		doc.add(new SortedSetDocValuesField(TYPE, new BytesRef(source.type())));
		doc.add(new StoredField(ID, source.id()));
		String title = source.title() == null ? "" : source.title();
		doc.add(new Field(TITLE, title, TEXT_WITH_OFFSETS));
		var translations = new StringBuilder();
		source.titles().forEach((language, translated) -> {
			if (translated != null && !translated.isBlank()) {
				doc.add(new StoredField(TITLE_IN + language, translated));
				translations.append(translations.isEmpty() ? "" : "\n").append(translated);
			}
		});
		if (!translations.isEmpty()) {
			doc.add(new Field(TITLES, translations.toString(), TEXT_WITH_OFFSETS));
		}
		doc.add(new Field(BODY, source.body(), TEXT_WITH_OFFSETS));
		doc.add(new TextField(SPELL, title + "\n" + translations + "\n" + source.body(), Field.Store.NO));
		for (String tag : source.tags()) {
			if (tag != null && !tag.isBlank()) {
				doc.add(new TextField(TAGS, tag, Field.Store.YES));
				doc.add(new StringField(TAG, tag(tag), Field.Store.NO));
				doc.add(new SortedSetDocValuesField(TAG, new BytesRef(tag(tag))));
			}
		}
		if (source.path() != null) {
			doc.add(new StoredField(PATH, source.path()));
		}
		if (source.kind() != null) {
			doc.add(new StoredField(KIND, source.kind()));
		}
		facet(doc, SPACE, source.space());
		facet(doc, UNIT, source.unit());
		if (source.date() != null) {
			long millis = source.date().toEpochMilli();
			doc.add(new LongPoint(DATE, millis));
			doc.add(new NumericDocValuesField(DATE, millis));
			doc.add(new StoredField(DATE, millis));
		}
		for (String key : source.access()) {
			doc.add(new StringField(ACCESS, key, Field.Store.NO));
		}
		return doc;
	}

	private static void facet(Document doc, String field, SearchDocument.Facet facet) {
		if (facet == null) {
			return;
		}
		String name = facet.name() == null ? "" : facet.name();
		doc.add(new StringField(field, Long.toString(facet.id()), Field.Store.NO));
		doc.add(new SortedSetDocValuesField(field, new BytesRef(facet.id() + "" + SEPARATOR + name)));
		doc.add(new StoredField(field, facet.id() + "" + SEPARATOR + name));
	}

	static SearchDocument.Facet facet(String value) {
		if (value == null) {
			return null;
		}
		int at = value.indexOf(SEPARATOR);
		return new SearchDocument.Facet(Long.parseLong(value.substring(0, at)), value.substring(at + 1));
	}
}
