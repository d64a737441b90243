import CLibXML2

/// HTML entities (`&nbsp;`, `&eacute;`) as libxml2 entity records, answered from the SAX `getEntity`
/// callback so an RSS feed using them without a DTD loses no text.
///
/// `EntityRewriter` already turns these references into character references in every
/// ASCII-compatible document before libxml2 sees it; this table covers UTF-16 and UTF-32 documents,
/// which that byte scan cannot read. libxml2 2.9 copies only the first byte of such an entity into an
/// attribute value, so there a non-ASCII character comes out as U+FFFD: rare enough to accept.
final class HTMLEntityTable {
    private var entities: [String: UnsafeMutablePointer<xmlEntity>] = [:]

    /// The entity record for `name`, created on first use and owned by this table.
    func entity(named name: String) -> UnsafeMutablePointer<xmlEntity>? {
        if let known = entities[name] { return known }
        guard let scalar = HTMLEntities.scalar(named: name) else { return nil }
        let value = String(Character(scalar))
        let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        entity.initialize(to: xmlEntity())
        entity.pointee.type = XML_ENTITY_DECL
        // Predefined entities are inlined as character data and never expanded recursively.
        entity.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        entity.pointee.name = UnsafePointer(LibXML.withXMLString(name) { xmlStrdup($0) })
        entity.pointee.content = LibXML.withXMLString(value) { xmlStrdup($0) }
        entity.pointee.length = Int32(value.utf8.count)
        entities[name] = entity
        return entity
    }

    deinit {
        for entity in entities.values {
            tidings_xml_free(UnsafeMutableRawPointer(mutating: entity.pointee.name))
            tidings_xml_free(entity.pointee.content)
            entity.deinitialize(count: 1)
            entity.deallocate()
        }
    }
}
